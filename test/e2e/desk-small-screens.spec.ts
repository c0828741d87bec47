/**
 * Issue 12 item 8: one screen on a small laptop. At 1024×640, at 1280×860 and at 200% zoom on
 * a 1920×1080 screen (960×540 CSS pixels at device scale 2), light and dark: the header never
 * wraps or spills; verify and Create fit in one view, reachable with one scroll at most; the
 * handoff opens with its title and the pass in view together.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { deskSizes, schemes, seriousViolations, shoot, type DeskSize } from './support/desk-sizes';
import {
  hideLeftoverHandoff,
  mintButton,
  passRegion,
  verifyPerson,
} from './support/handoff-helpers';

const sizes: readonly (DeskSize & { readonly scale?: number })[] = [
  ...deskSizes,
  { name: '200% zoom on 1920x1080', width: 960, height: 540, scale: 2 },
];

/** Where an element sits in the document (not the viewport), and the viewport's height. */
async function docBox(locator: Locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, vh: innerHeight };
  });
}

/** Fully inside the viewport right now. */
async function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
  });
}

/** Everything in the header that wraps or spills, as one line each. */
async function headerSpills(page: Page): Promise<string[]> {
  return page.locator('header').evaluate((header) => {
    const found: string[] = [];
    const product = header.querySelector('p');
    if (product && product.getClientRects().length > 0) {
      const lineHeight = parseFloat(getComputedStyle(product).lineHeight) || 22;
      if (product.getBoundingClientRect().height > lineHeight * 1.5) found.push('product wraps');
    }
    for (const el of Array.from(header.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(el);
      const clipped = style.overflow === 'hidden' && style.textOverflow === 'ellipsis';
      if (!clipped && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        found.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 40)}" spills`);
      }
    }
    // A text that wraps is drawn on more than one line: its client rects have different tops.
    const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.textContent ?? '').trim() === '') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
      if (tops.size > 1) found.push(`"${(node.textContent ?? '').trim().slice(0, 40)}" wraps`);
    }
    if (header.getBoundingClientRect().height > 72) found.push('header taller than one row');
    if (document.documentElement.scrollWidth > innerWidth) found.push('page scrolls sideways');
    return found;
  });
}

for (const size of sizes) {
  for (const scheme of schemes) {
    test.describe(`${size.name}, ${scheme}`, () => {
      test.use({
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: size.scale ?? 1,
        colorScheme: scheme,
      });
      test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));
      const tag = `${String(size.width)}-${scheme}`;

      test('header in one row; verify and Create in one view; handoff title and pass in view', async ({
        tapDesk,
      }) => {
        const { page } = tapDesk;
        await tapDesk.open();
        await tapDesk.signIn();
        await shoot(page, `signed-in-${tag}`);
        expect(await headerSpills(page)).toEqual([]);
        const axe: string[] = await seriousViolations(page, 'signed in');

        await tapDesk.openUser('Adele', 'Adele Vance');
        await shoot(page, `card-${tag}`);
        const firstCheck = page
          .getByRole('group', { name: 'Identity checks' })
          .getByRole('checkbox')
          .first();
        const create = mintButton(page);
        const check = await docBox(firstCheck);
        const button = await docBox(create);
        // Verify and Create fit in one view, and that view is at most one scroll down.
        expect(button.bottom - check.top).toBeLessThanOrEqual(check.vh);
        expect(button.bottom).toBeLessThanOrEqual(2 * check.vh);

        await verifyPerson(page);
        await create.scrollIntoViewIfNeeded();
        await shoot(page, `verify-create-${tag}`);
        axe.push(...(await seriousViolations(page, 'card, verify, create')));
        await create.click();
        await expect(passRegion(page)).toBeVisible();
        const title = page.getByRole('heading', { level: 2, name: /for Adele Vance/ });
        await expect.poll(() => inView(title)).toBe(true);
        await expect.poll(() => inView(passRegion(page))).toBe(true);
        expect(await headerSpills(page)).toEqual([]);
        // A screenshot of the handoff shows a demo pass: it stays in test-results/, never committed.
        await shoot(page, `handoff-${tag}`);
        axe.push(...(await seriousViolations(page, 'handoff')));

        await page.getByRole('button', { name: 'Handed over' }).click();
        await expect(page.getByRole('region', { name: 'Handoff finished' })).toBeVisible();
        await shoot(page, `handed-over-${tag}`);
        axe.push(...(await seriousViolations(page, 'handed over')));
        expect(axe).toEqual([]);
      });
    });
  }
}
