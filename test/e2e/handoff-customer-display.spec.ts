/**
 * The customer display (issue 19 item 3), through the preview: the harness starts under a
 * machine policy that turns it on, and a second page plays the second display. The pass is on
 * that page only; the technician's window says so, runs the same timer and offers Handed over
 * and Hide now, never holds the pass, and shows the spelling only when asked (journalled).
 * Every way out wipes the customer page. With no second page, the desk shows the pass and says
 * no display is attached.
 */
import type { Page } from '@playwright/test';
import { spellPhonetic } from '../../main/handoff/format';
import { adeleVerified } from './support/desk-setup';
import {
  customerWaiting,
  expectCustomerWiped,
  mintOntoCustomerDisplay,
  shownOnCustomerDisplay,
} from './support/customer-display';
import { auditFolderOf } from './support/desk-sizes';
import { expect, test, type TapDesk } from './support/fixtures';
import {
  createPass,
  domText,
  dumpBrowserStorage,
  expectAbsent,
  expectHandoffGone,
  expectPresent,
  hideLeftoverHandoff,
  passRegion,
  readJournal,
} from './support/handoff-helpers';

test.use({ manualClock: true, customerDisplayPolicy: true });

/** Letters, digits and the symbols whose escaped forms differ, as the canary's. */
const PASS = 'Kd7+Qm2&Xz9#';

async function customerReady(tapDesk: TapDesk): Promise<Page> {
  await adeleVerified(tapDesk);
  return tapDesk.openCustomerDisplay();
}

test.describe('customer display: policy on, second display attached', () => {
  test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

  test('the pass is on the customer display only; the desk says so with the timer, Handed over and Hide now', async ({
    tapDesk,
  }) => {
    const { page } = tapDesk;
    const customer = await customerReady(tapDesk);
    await expect(customerWaiting(customer)).toBeVisible();
    await mintOntoCustomerDisplay(tapDesk, customer, PASS);

    // The customer display: grouped text, QR code, the account.
    await expect(customer.getByRole('img', { name: 'QR code of your pass' })).toBeVisible();
    await expect(customer.getByText('Sign in as adele.vance@contoso.example')).toBeVisible();
    await expect(customer.getByText('Demo tenant: this pass is for training only')).toBeVisible();
    await expect(customer.getByRole('timer')).toHaveText(/^Hides in \d+ s$/);
    expectPresent(await domText(customer), PASS, 'the customer display');

    // The desk: where the pass is, the same countdown, the controls; never the pass.
    await expect(shownOnCustomerDisplay(page)).toContainText('Shown on the customer display');
    // The same countdown on both screens: one hide time from main.
    await expect(page.getByRole('timer')).toHaveText(/^Hides in \d+ s$/);
    const seconds = async (p: Page) => Number((await p.getByRole('timer').innerText()).match(/\d+/)?.[0]);
    expect(Math.abs((await seconds(page)) - (await seconds(customer)))).toBeLessThanOrEqual(1);
    await expect(page.getByRole('button', { name: 'Handed over' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hide now' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy' })).toHaveCount(0);
    await expect(passRegion(page)).toHaveCount(0);
    await expect(page.getByRole('img', { name: 'QR code of the pass' })).toHaveCount(0);
    expectAbsent(await domText(page), PASS, 'the technician window');
    expectAbsent(await dumpBrowserStorage(page), PASS, 'the technician window storage');
    // Not even the spoken form: the spelling is not on the desk until asked for.
    expectAbsent(await domText(page), spellPhonetic(PASS)[0]!, 'the technician window (spelling)');
    await expect(page.getByRole('list', { name: 'Phonetic spelling, group by group' })).toHaveCount(0);
  });

  test('the spelling appears on the desk only when asked for, and the request is journalled', async ({
    tapDesk,
  }) => {
    const { page } = tapDesk;
    const customer = await customerReady(tapDesk);
    await mintOntoCustomerDisplay(tapDesk, customer, PASS);
    const phonetic = page.getByRole('list', { name: 'Phonetic spelling, group by group' });
    await expect(phonetic).toHaveCount(0);

    await page.getByRole('button', { name: 'Show the spelling to read aloud' }).click();
    await expect(phonetic).toBeVisible();
    const words = spellPhonetic(PASS);
    await expect(phonetic.getByRole('listitem').first()).toHaveText(words.slice(0, 4).join(' · '));
    await expect(page.getByText('You asked for the spelling')).toBeVisible();
    // Still not the pass itself.
    expectAbsent(await domText(page), PASS, 'the technician window after the spelling');

    const journal = await readJournal(await auditFolderOf(page));
    const spelled = journal.lines.filter((l) => l.action === 'spelling-shown');
    expect(spelled).toHaveLength(1);
    expect(spelled[0]?.target?.upn).toBe('adele.vance@contoso.example');
    expect(spelled[0]?.shownOn).toBe('customer-display');
    expectAbsent(journal.raw, PASS, 'the audit journal');
    expectAbsent(journal.raw, words[0]!, 'the audit journal (spelling)');
  });

  const exits: readonly [string, (tapDesk: TapDesk) => Promise<void>, string][] = [
    ['Hide now', (t) => t.page.getByRole('button', { name: 'Hide now' }).click(), 'You hid the pass.'],
    ['Handed over', (t) => t.page.getByRole('button', { name: 'Handed over' }).click(), 'Handed over.'],
    ['the timer', async (t) => t.clock.advance(60_000), 'The display time ran out.'],
    ['a screen lock', async (t) => t.harness.app.onLock(), 'The screen was locked, so the pass was hidden.'],
  ];
  for (const [way, leave, said] of exits) {
    test(`${way} wipes the customer display and the desk says why`, async ({ tapDesk }) => {
      const { page } = tapDesk;
      const customer = await customerReady(tapDesk);
      await mintOntoCustomerDisplay(tapDesk, customer, PASS);
      await leave(tapDesk);
      await expectCustomerWiped(customer);
      expectAbsent(await domText(customer), PASS, 'the customer display after the wipe');
      await expectHandoffGone(page, said);
      expect(tapDesk.harness.app.heldPasses()).toBe(0);
      // The journal says how the pass left, and that it was on the customer display.
      const folder = await auditFolderOf(page);
      await expect
        .poll(async () =>
          (await readJournal(folder)).lines
            .filter((l) => l.action === 'handoff-end')
            .map((l) => l.shownOn),
        )
        .toEqual(['customer-display']);
    });
  }

  test('closing the customer display hides the pass at the desk too', async ({ tapDesk }) => {
    const { page } = tapDesk;
    const customer = await customerReady(tapDesk);
    await mintOntoCustomerDisplay(tapDesk, customer, PASS);
    await customer.close();
    await expectHandoffGone(page, 'The handoff was closed.');
    expect(tapDesk.harness.app.heldPasses()).toBe(0);
  });
});

test.describe('customer display: policy on, no second display', () => {
  test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

  test('the desk shows the pass and says plainly that no display is attached', async ({ tapDesk }) => {
    const { page } = tapDesk;
    await adeleVerified(tapDesk);
    tapDesk.demo.setTapBehaviour({ nextPass: PASS });
    const shown = await createPass(page);
    expect(shown === PASS, 'the pass is on the desk').toBe(true);
    await expect(page.getByText(/no second display is attached: it\s+is shown on this screen/)).toBeVisible();
    await expect(page.getByText('Shown on the customer display')).toHaveCount(0);
    await expect(shownOnCustomerDisplay(page)).toHaveCount(0);
  });
});

test.describe('customer display: policy off (the default)', () => {
  test.use({ customerDisplayPolicy: false });
  test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

  test('an open customer page gets nothing; the desk shows the pass and claims no display', async ({
    tapDesk,
  }) => {
    const { page } = tapDesk;
    const customer = await customerReady(tapDesk);
    tapDesk.demo.setTapBehaviour({ nextPass: PASS });
    await createPass(page);
    await expect(page.getByText(/customer display/i)).toHaveCount(0);
    await expect(customerWaiting(customer)).toBeVisible();
    expectAbsent(await domText(customer), PASS, 'the customer page under policy off');
  });
});
