/**
 * Copy by hand: selecting the pass and pressing Ctrl+C must not put it on the system clipboard
 * (that copy would have no clear timer). Checked in Chromium against the real clipboard.
 */
import { expect, test } from './support/fixtures';
import { adeleVerified } from './support/desk-setup';
import { createPass, hideLeftoverHandoff, passRegion } from './support/handoff-helpers';

test.describe('handoff: no copy by hand', () => {
  test.beforeEach(async ({ tapDesk, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(tapDesk.harness.url).origin,
    });
    await adeleVerified(tapDesk);
  });
  test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

  test('selecting the pass and pressing Ctrl+C leaves the clipboard unchanged', async ({ tapDesk }) => {
    const { page } = tapDesk;
    const before = 'INC-before-the-handoff';
    await page.evaluate((text) => navigator.clipboard.writeText(text), before);
    const pass = await createPass(page);

    // Select the pass as a person would (triple-click), and by force (a script range), then copy.
    const region = passRegion(page);
    await region.click({ clickCount: 3 });
    await page.keyboard.press('Control+C');
    await region.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    });
    await page.keyboard.press('Control+C');
    await page.keyboard.press('Control+X');

    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(before);
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain(pass.slice(0, 4));
    // Nothing of the pass is selectable.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-testid="pass"]')!).userSelect)).toBe('none');
  });
});
