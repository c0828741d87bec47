/**
 * Issue 19 end to end in the preview: after "Handed over" the person is followed in a panel beside
 * the search; the demo plays them (the pass used, Authenticator registered); a multi-use pass is
 * then revoked in one action with the same ticket, and the journal says what was registered.
 */
import { expect, test, type TapDesk } from './support/fixtures';
import { adeleVerified } from './support/desk-setup';
import { auditFolderOf, deskSizes, schemes, shoot } from './support/desk-sizes';
import { createPass, goodTicket, readJournal } from './support/handoff-helpers';

test.use({ manualClock: true });

const adele = 'adele.vance@contoso.example';

/** Moves the clock to the next poll and waits until its request was answered. */
async function nextPoll(tapDesk: TapDesk): Promise<void> {
  const batches = () => tapDesk.demo.requests.filter((r) => r.path.endsWith('/$batch')).length;
  const before = batches();
  tapDesk.clock.advance(10_000);
  await expect.poll(batches).toBeGreaterThan(before);
  // The answer travels back through main; give it a moment before time moves again.
  await tapDesk.page.waitForTimeout(300);
}

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('hand over, see the pass used and Authenticator registered, revoke the multi-use pass in one click', async ({ tapDesk }) => {
      const { page } = tapDesk;
      await adeleVerified(tapDesk);
      await page.getByRole('switch', { name: 'One-time use' }).uncheck();
      await createPass(page);
      await page.getByRole('button', { name: 'Handed over' }).click();

      const panel = page.getByRole('region', { name: 'After hand-over' });
      const adeleRow = panel.getByRole('listitem', { name: 'Following Adele Vance' });
      await expect(adeleRow).toContainText('Waiting for Adele to sign in with the pass');
      await adeleRow.getByRole('button', { name: 'Demo: play the person' }).click();
      // The demo person takes 20 s to set up Authenticator; TAP Desk polls every 10 s at first.
      // Time moves one poll at a time, each poll answered before the next step.
      for (let i = 0; i < 2; i++) await nextPoll(tapDesk);
      await expect(adeleRow).toContainText(/Microsoft Authenticator \(iPhone 15\) registered at/);
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        await shoot(page, `follow-registered-${String(size.width)}-${scheme}`);
      }

      await adeleRow.getByRole('button', { name: 'Revoke pass' }).click();
      await expect(adeleRow).toContainText('Pass revoked.');
      expect(tapDesk.demo.tapOf(adele)).toBeNull();
      const { lines } = await readJournal(await auditFolderOf(page));
      const mine = lines.filter((l) => l.target?.upn === adele);
      expect(mine.find((l) => l.action === 'registered')).toMatchObject({ registered: 'Microsoft Authenticator', ticket: goodTicket });
      expect(mine.filter((l) => l.action === 'revoke').at(-1)).toMatchObject({ result: 'success', ticket: goodTicket });
    });
  });
}
