/**
 * The show-once handoff, end to end on the demo tenant: verify → mint → show (groups, phonetic)
 * → copy → clipboard taken back after N seconds (but never what the technician copied
 * meanwhile) → auto-hide → the pass is nowhere: not in the DOM, not in any storage API, not in
 * main's vault. Time moves only when the test moves the manual clock (main and demo tenant).
 */
import { expect, test } from './support/fixtures';
import { adeleVerified } from './support/desk-setup';
import {
  createPass,
  defaultHandoff,
  domText,
  dumpBrowserStorage,
  expectAbsent,
  expectHandoffGone,
  expectPresent,
  hideLeftoverHandoff,
  passRegion,
} from './support/handoff-helpers';

test.use({ manualClock: true });

const seconds = (s: number) => s * 1000;

test.describe('handoff: show once, copy, clear, hide', () => {
  test.beforeEach(({ tapDesk }) => adeleVerified(tapDesk));
  test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

  test('shows the pass in groups of four with its phonetic spelling and the details to read out', async ({
    tapDesk,
  }) => {
    const { page } = tapDesk;
    const pass = await createPass(page);
    expect(pass).toHaveLength(tapDesk.demo.tapPolicy.defaultLength);
    expect(tapDesk.harness.app.heldPasses()).toBe(1);

    // Groups of four, in order, each one its own element so it never wraps mid-group.
    const groups = await passRegion(page).locator(':scope > div > div > span').allInnerTexts();
    const expected = pass.match(/.{1,4}/g) ?? [];
    expect(
      groups.map((g) => g.replace(/\s+/g, '')).join('|') === expected.join('|'),
      'groups of four',
    ).toBe(true);

    // The phonetic list: one item per group, one spoken word per character.
    const phonetic = page.getByRole('list', { name: 'Phonetic spelling, group by group' });
    const items = phonetic.getByRole('listitem');
    await expect(items).toHaveCount(expected.length);
    const words = (await items.allInnerTexts()).flatMap((item) => item.split(' · '));
    expect(words).toHaveLength(pass.length);
    [...pass].forEach((char, i) => {
      const word = words[i] ?? '';
      if (/[A-Z]/.test(char)) expect(word).toMatch(new RegExp(`^capital ${char}`, 'i'));
      else if (/[a-z]/.test(char)) expect(word).toMatch(new RegExp(`^lower-case ${char}`, 'i'));
      else if (/\d/.test(char))
        expect(word).toMatch(/^(zero|one|two|three|four|five|six|seven|eight|nine)$/);
      else expect(word).toMatch(/sign|mark|asterisk|ampersand/);
    });

    await expect(page.getByText('adele.vance@contoso.example', { exact: true })).toBeVisible();
    await expect(page.getByText('Go to https://aka.ms/mysecurityinfo')).toBeVisible();
    // The form defaults to one-time use (the safer choice), whatever the policy allows.
    await expect(page.getByText('One-time: it works for one sign-in')).toBeVisible();
    await expect(page.getByRole('img', { name: 'QR code of the pass' })).toBeVisible();
    await expect(page.getByText(/Phone camera apps may send what they scan/)).toBeVisible();
  });

  test('copy puts the pass on the clipboard and main clears it after clipboardClearSeconds', async ({
    tapDesk,
  }) => {
    const { page, harness } = tapDesk;
    const pass = await createPass(page);
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(page.getByText(/^Copied\. Clipboard clears in/)).toBeVisible();
    expect((await harness.clipboard.readText()) === pass, 'clipboard holds the pass').toBe(true);

    // One second short of the deadline the value is still there.
    tapDesk.clock.advance(seconds(defaultHandoff.clipboardClearSeconds - 1));
    expect((await harness.clipboard.readText()) === pass, 'clipboard still holds it').toBe(true);

    tapDesk.clock.advance(seconds(1));
    await expect(page.getByText('Clipboard cleared', { exact: true })).toBeVisible();
    expect(await harness.clipboard.readText()).toBe('');
    // The pass itself is still on screen: clearing the clipboard is not hiding.
    await expect(passRegion(page)).toBeVisible();
  });

  test('leaves the clipboard alone when something else was copied meanwhile', async ({
    tapDesk,
  }) => {
    const { page, harness } = tapDesk;
    const pass = await createPass(page);
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(page.getByText(/^Copied\. Clipboard clears in/)).toBeVisible();
    expect((await harness.clipboard.readText()) === pass, 'clipboard holds the pass').toBe(true);

    await harness.clipboard.writeText('other');
    tapDesk.clock.advance(seconds(defaultHandoff.clipboardClearSeconds));
    await expect(page.getByText('Something else was copied; left as is')).toBeVisible();
    expect(await harness.clipboard.readText()).toBe('other');
  });

  test('auto-hides after displaySeconds and leaves no copy in the DOM, browser storage or main', async ({
    tapDesk,
  }) => {
    const { page, harness } = tapDesk;
    const pass = await createPass(page);
    // The probes can see the pass while it is shown, so their silence later means something.
    expectPresent(await domText(page), pass, 'the DOM while shown');
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(page.getByText(/^Copied\./)).toBeVisible();

    tapDesk.clock.advance(seconds(defaultHandoff.displaySeconds - 1));
    await expect(passRegion(page)).toBeVisible();
    tapDesk.clock.advance(seconds(1));

    await expectHandoffGone(page, 'The display time ran out.');
    // Hiding takes the clipboard back at once, even before its own deadline would have.
    expect(await harness.clipboard.readText()).toBe('');
    expect(harness.app.heldPasses()).toBe(0);
    expectAbsent(await domText(page), pass, 'the DOM');
    expectAbsent(await dumpBrowserStorage(page), pass, 'browser storage');
    await expect(page.getByRole('img', { name: 'QR code of the pass' })).toHaveCount(0);
    // "Reveal again" does not exist: the value is gone, not hidden.
    await expect(page.getByRole('button', { name: /reveal|show again/i })).toHaveCount(0);
  });

  test('hides when the window loses focus', async ({ tapDesk }) => {
    const { page, harness } = tapDesk;
    const pass = await createPass(page);
    expect(harness.app.heldPasses()).toBe(1);

    await page.evaluate(() => window.dispatchEvent(new Event('blur')));

    await expectHandoffGone(page, 'TAP Desk lost focus, so the pass was hidden.');
    await expect.poll(() => harness.app.heldPasses()).toBe(0);
    expectAbsent(await domText(page), pass, 'the DOM');
  });

  test('Escape hides the pass at once', async ({ tapDesk }) => {
    const { page, harness } = tapDesk;
    await createPass(page);
    await page.keyboard.press('Escape');
    await expectHandoffGone(page, 'You hid the pass.');
    await expect.poll(() => harness.app.heldPasses()).toBe(0);
  });

  test('"Handed over" closes the handoff and offers "Revoke when done" for a multi-use pass', async ({
    tapDesk,
  }) => {
    const { page, harness } = tapDesk;
    await page.getByRole('switch', { name: 'One-time use' }).uncheck();
    const pass = await createPass(page);
    expect(tapDesk.demo.tapOf('adele.vance@contoso.example')).toMatchObject({
      isUsableOnce: false,
    });

    await page.getByRole('button', { name: 'Handed over' }).click();
    await expectHandoffGone(page, 'Handed over.');
    await expect.poll(() => harness.app.heldPasses()).toBe(0);
    expectAbsent(await domText(page), pass, 'the DOM');

    await page.getByRole('button', { name: 'Revoke when done' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Revoke the pass?' });
    await dialog.getByRole('button', { name: 'Revoke pass' }).click();
    await expect(page.getByText('The pass was revoked.')).toBeVisible();
    expect(tapDesk.demo.tapOf('adele.vance@contoso.example')).toBeNull();
    await expect(page.getByRole('button', { name: 'Revoke when done' })).toHaveCount(0);
  });

  test('a one-time pass is not offered "Revoke when done"', async ({ tapDesk }) => {
    const { page } = tapDesk;
    await expect(page.getByRole('switch', { name: 'One-time use' })).toBeChecked();
    await createPass(page);
    await expect(page.getByText('One-time: it works for one sign-in')).toBeVisible();
    expect(tapDesk.demo.tapOf('adele.vance@contoso.example')).toMatchObject({ isUsableOnce: true });

    await page.getByRole('button', { name: 'Handed over' }).click();
    await expectHandoffGone(page, 'Handed over.');
    await expect(page.getByRole('button', { name: 'Next user' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Revoke when done' })).toHaveCount(0);
  });
});
