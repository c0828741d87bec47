/**
 * Timers that run inside the page, so the figure is what the technician sees: from a start (the
 * navigation, or the next input or click) to the frame that paints an element matching
 * `selector` with `text`. Polling from the test runner would add its own delay, and its queries
 * would take the page's main thread while the app is starting.
 */
import type { Page } from 'playwright-core';

export type TimerStart = 'navigation' | 'input' | 'keydown' | 'click';

/**
 * The in-page half, as source text: tsx would wrap a function literal's inner functions in a
 * helper the page does not have. For 'navigation', run it as an init script (before the app's
 * own scripts); performance.now() counts from the navigation's start.
 */
export function paintTimerSource(start: TimerStart, selector: string, text: string): string {
  const armStart =
    start === 'navigation'
      ? 'bench.start = 0;'
      : // Capture phase, every time: the last event before the answer is the one that counts.
        `document.addEventListener(${JSON.stringify(start)}, () => { bench.start = performance.now(); }, { capture: true });`;
  return `(() => {
    const bench = {};
    window.__bench = bench;
    ${armStart}
    const observer = new MutationObserver(() => {
      if (bench.start === undefined) return;
      const seen = [...document.querySelectorAll(${JSON.stringify(selector)})]
        .some((el) => (el.textContent || '').includes(${JSON.stringify(text)}));
      if (!seen) return;
      observer.disconnect();
      // The second frame callback runs once the frame with the change has been painted.
      requestAnimationFrame(() => requestAnimationFrame(() => { bench.end = performance.now(); }));
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true });
  })()`;
}

/** Waits for the armed timer to stop and resolves to its milliseconds. */
export async function readPaintTimer(page: Page): Promise<number> {
  await page.waitForFunction(
    () => (window as unknown as { __bench?: { end?: number } }).__bench?.end !== undefined,
    undefined,
    { polling: 50 },
  );
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: { start: number; end: number } }).__bench;
    return bench.end - bench.start;
  });
}
