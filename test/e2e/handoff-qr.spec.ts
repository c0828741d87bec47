/**
 * The QR code on screen encodes the pass and nothing else, for every pass length the TAP policy
 * allows (8–48). Each pass is minted through the UI, the rendered QR element is screenshotted
 * and decoded with jsQR, and the result must equal the pass from main's mint reply exactly.
 * One page and one user, replacing the pass each round, keeps 41 mints fast.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { adeleVerified } from './support/desk-setup';
import { createPass, expectHandoffGone, hideLeftoverHandoff } from './support/handoff-helpers';

/** Decodes the QR code in a PNG screenshot; null when no code is found. */
function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return code ? code.data : null;
}

/** The pass main returned for the next tap.mint call the page makes. */
function nextMintedPass(page: Page): Promise<string> {
  return page
    .waitForResponse(
      (response) =>
        response.url().endsWith('/__harness/invoke') &&
        (response.request().postData() ?? '').includes('"command":"tap.mint"'),
    )
    .then(async (response) => {
      const reply = (await response.json()) as {
        ok: boolean;
        value?: { kind: string; handoff?: { pass: string } };
      };
      const pass = reply.value?.handoff?.pass;
      if (!reply.ok || pass === undefined) throw new Error('tap.mint did not mint a pass');
      return pass;
    });
}

test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

test('the on-screen QR code decodes to exactly the pass for every policy length 8–48', async ({
  tapDesk,
}) => {
  test.setTimeout(300_000);
  const { page } = tapDesk;
  await adeleVerified(tapDesk);

  const checked: number[] = [];
  for (let length = 8; length <= 48; length++) {
    tapDesk.demo.setTapPolicy({ defaultLength: length });
    const minted = nextMintedPass(page);
    const shown = await createPass(page);
    const pass = await minted;

    expect(pass.length, 'the demo tenant honours the policy length').toBe(length);
    expect(shown === pass, `length ${String(length)}: the screen shows the minted pass`).toBe(true);
    const qr = page.getByRole('img', { name: 'QR code of the pass' });
    const decoded = decodeQr(await qr.screenshot());
    expect(decoded !== null, `length ${String(length)}: a QR code is found`).toBe(true);
    expect(decoded === pass, `length ${String(length)}: the QR code decodes to the pass`).toBe(
      true,
    );
    checked.push(length);

    // Hide, then replace: the verification stays filled in for the same user.
    await page.getByRole('button', { name: 'Hide now' }).click();
    await expectHandoffGone(page, 'You hid the pass.');
    await page.getByRole('button', { name: 'Replace pass' }).click();
  }
  expect(checked).toHaveLength(41);
  // Each mint replaced the previous one: the user holds exactly one pass, and main none.
  expect(tapDesk.demo.tapOf('adele.vance@contoso.example')).not.toBeNull();
  await expect.poll(() => tapDesk.harness.app.heldPasses()).toBe(0);
});

test('a QR decoder sees nothing once the pass is hidden', async ({ tapDesk }) => {
  const { page } = tapDesk;
  await adeleVerified(tapDesk);
  const pass = await createPass(page);
  expect(decodeQr(await page.screenshot({ fullPage: true })) === pass).toBe(true);

  await page.getByRole('button', { name: 'Hide now' }).click();
  await expectHandoffGone(page, 'You hid the pass.');
  expect(decodeQr(await page.screenshot({ fullPage: true }))).toBeNull();
});
