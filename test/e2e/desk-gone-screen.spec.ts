/**
 * Issue 12 items 6 and 7: once the pass has left the screen, the panel names the user, says how
 * the pass left, and offers a revoke recorded against the ticket whenever the pass may not have
 * reached the person (one-time or not). Opening another page while a pass is shown says so,
 * rather than "You hid the pass".
 */
import { expect, test } from './support/fixtures';
import { adeleVerified } from './support/desk-setup';
import { auditFolderOf, deskSizes, schemes, shoot } from './support/desk-sizes';
import {
  createPass,
  defaultHandoff,
  expectHandoffGone,
  goodTicket,
  hideLeftoverHandoff,
  readJournal,
} from './support/handoff-helpers';

test.use({ manualClock: true });

const adele = 'adele.vance@contoso.example';

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.beforeEach(({ tapDesk }) => adeleVerified(tapDesk));
    test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

    test('a one-time pass that timed out names the user and is revoked against its ticket', async ({
      tapDesk,
    }) => {
      const { page } = tapDesk;
      await expect(page.getByRole('switch', { name: 'One-time use' })).toBeChecked();
      await createPass(page);
      tapDesk.clock.advance(defaultHandoff.displaySeconds * 1000);

      await expectHandoffGone(page, 'The display time ran out.');
      const panel = page.getByRole('region', { name: 'Handoff finished' });
      await expect(panel).toContainText('Adele Vance');
      await expect(panel).toContainText(adele);
      await expect(panel).toContainText('may not have reached them');
      await expect(panel).toContainText(`Ticket ${goodTicket}`);
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        await shoot(page, `gone-timeout-${String(size.width)}-${scheme}`);
      }

      await panel.getByRole('button', { name: 'Revoke pass' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Revoke the pass?' });
      await expect(dialog).toContainText(goodTicket);
      await dialog.getByRole('button', { name: 'Revoke pass' }).click();
      await expect(page.getByText('The pass was revoked.')).toBeVisible();
      expect(tapDesk.demo.tapOf(adele)).toBeNull();

      const { lines } = await readJournal(await auditFolderOf(page));
      const revoke = lines.find((l) => l.action === 'revoke');
      expect(revoke).toMatchObject({ result: 'success', ticket: goodTicket });
    });

    test('a pass hidden by a window switch also offers the revoke', async ({ tapDesk }) => {
      const { page } = tapDesk;
      await createPass(page);
      await page.evaluate(() => window.dispatchEvent(new Event('blur')));
      await expectHandoffGone(page, 'TAP Desk lost focus, so the pass was hidden.');
      const panel = page.getByRole('region', { name: 'Handoff finished' });
      await expect(panel).toContainText('Adele Vance');
      await expect(panel.getByRole('button', { name: 'Revoke pass' })).toBeVisible();
    });

    test('a handed-over one-time pass needs no revoke, and focus lands on "Next user"', async ({
      tapDesk,
    }) => {
      const { page } = tapDesk;
      await createPass(page);
      await page.getByRole('button', { name: 'Handed over' }).click();
      await expectHandoffGone(page, 'Handed over.');
      const panel = page.getByRole('region', { name: 'Handoff finished' });
      await expect(panel).toContainText(`Adele Vance (${adele})`);
      await expect(panel.getByRole('button', { name: /Revoke/ })).toHaveCount(0);
      await expect(panel.getByRole('button', { name: 'Next user' })).toBeFocused();
    });

    test('opening the Audit tab while the pass is shown says so, not "You hid the pass"', async ({
      tapDesk,
    }) => {
      const { page } = tapDesk;
      await createPass(page);
      await page.getByRole('tab', { name: 'Audit journal' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Audit journal' })).toBeVisible();
      await page.getByRole('tab', { name: 'Issue a pass' }).click();
      await expectHandoffGone(page, 'You opened another page, so the pass was hidden.');
      await expect(page.getByText('You hid the pass.')).toHaveCount(0);
      await expect.poll(() => tapDesk.harness.app.heldPasses()).toBe(0);
    });
  });
}
