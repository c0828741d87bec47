/**
 * The renderer's share of the benchmark, in Chromium through the web harness on the demo
 * tenant: the JavaScript the first screen loads (DESIGN.md §6 budget: 150 KB gzip; rarely used
 * screens load on demand and are not counted), the whole bundle, and the time from navigation to
 * the first screen a technician can use (budget: 250 ms median), beside the floor under it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../support/browser';
import { startHarness } from '../harness/server';
import { firstScreenAssets } from './first-screen';
import { medianOf } from './measure';
import { paintTimerSource, readPaintTimer } from './paint-timer';

export interface RendererFigures {
  /** The entry script and every chunk index.html preloads with it, gzip. */
  readonly firstScreenGzipKb: number;
  readonly bundleGzipKb: number;
  readonly bundleRawKb: number;
  /** The first launch: nothing compiled yet. */
  readonly firstRenderMedianMs: number;
  /** Later launches, with the compiled code the app keeps (`codeCache` on its scheme). */
  readonly warmFirstRenderMedianMs: number;
  readonly firstRenderRuns: number;
  /** The customer display's waiting page painted, cold: React and Fluent with almost nothing on them. */
  readonly stackFloorMedianMs: number;
}

interface Sizes {
  readonly gzip: number;
  readonly raw: number;
}

async function sizeOf(files: readonly string[]): Promise<Sizes> {
  let gzip = 0;
  let raw = 0;
  for (const file of files) {
    const bytes = await readFile(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { gzip, raw };
}

async function bundleSizes(dir: string): Promise<{ firstScreen: Sizes; all: Sizes }> {
  const assets = join(dir, 'assets');
  const all = (await readdir(assets))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => join(assets, name));
  const first = firstScreenAssets(await readFile(join(dir, 'index.html'), 'utf8')).map((path) =>
    join(dir, path),
  );
  return { firstScreen: await sizeOf(first), all: await sizeOf(all) };
}

interface RenderTimes {
  /** A browser profile that has never loaded the app: the first launch. */
  readonly cold: number[];
  /** A profile that has loaded it before and kept its compiled code: every later launch. */
  readonly warm: number[];
  readonly floor: number[];
}

const signInButton = ['button', 'Sign in with your work account'] as const;
const customerWaiting = ['main', 'Your pass appears here when the technician creates it.'] as const;

/** Opens `url` in a new page of `context` and times it to the frame painting `target`. */
async function timeFirstPaint(
  context: Browser | BrowserContext,
  url: string,
  target: readonly [selector: string, text: string],
): Promise<number> {
  const page = await context.newPage();
  try {
    await page.addInitScript(paintTimerSource('navigation', ...target));
    await page.goto(url);
    return await readPaintTimer(page);
  } finally {
    await page.close();
  }
}

/**
 * Navigation start → the frame that paints the sign-in button (the first usable render), cold
 * and warm, and, for reference, → the frame that paints the customer display's waiting page: the
 * same React and Fluent runtime with next to nothing of the app on it, the floor this machine
 * puts under any screen built from them.
 */
async function firstRenders(runs: number, rendererDir: string): Promise<RenderTimes> {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    args: chromiumArgs,
    ...(executablePath ? { executablePath } : {}),
  });
  const harness = await startHarness({ demo: true, rendererDir });
  try {
    const kept = await browser.newContext();
    // V8 keeps compiled code for a script it has seen run before: two loads to get there.
    for (let load = 0; load < 2; load += 1) await timeFirstPaint(kept, harness.url, signInButton);
    const times: RenderTimes = { cold: [], warm: [], floor: [] };
    for (let run = 0; run < runs; run += 1) {
      // `browser.newPage()` opens a new, empty profile each time.
      times.cold.push(await timeFirstPaint(browser, harness.url, signInButton));
      times.warm.push(await timeFirstPaint(kept, harness.url, signInButton));
      times.floor.push(await timeFirstPaint(browser, harness.customerUrl, customerWaiting));
    }
    return times;
  } finally {
    await harness.stop();
    await browser.close();
  }
}

/** `rendererDir`: a built renderer (out/renderer by default). */
export async function measureRenderer(
  runs: number,
  rendererDir = 'out/renderer',
): Promise<RendererFigures> {
  const sizes = await bundleSizes(rendererDir);
  const times = await firstRenders(runs, rendererDir);
  const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;
  return {
    firstScreenGzipKb: kb(sizes.firstScreen.gzip),
    bundleGzipKb: kb(sizes.all.gzip),
    bundleRawKb: kb(sizes.all.raw),
    firstRenderMedianMs: Math.round(medianOf(times.cold)),
    warmFirstRenderMedianMs: Math.round(medianOf(times.warm)),
    firstRenderRuns: times.cold.length,
    stackFloorMedianMs: Math.round(medianOf(times.floor)),
  };
}
