/**
 * Issue 12 item 11 (tickets): a ticket reference is matched regardless of letter case and
 * recorded as the pattern writes it, in the renderer and in main.
 */
import { expect, test } from './support/fixtures';
import { adeleOpen, adeleVerified } from './support/desk-setup';
import { auditFolderOf, deskSizes } from './support/desk-sizes';
import { createPass, hideLeftoverHandoff, readJournal } from './support/handoff-helpers';

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

    test('"inc0012345" is accepted, shown and journalled as INC0012345', async ({ tapDesk }) => {
      const { page } = tapDesk;
      await adeleVerified(tapDesk, { ticket: 'inc0012345' });
      await expect(page.getByRole('textbox', { name: 'Ticket reference' })).toHaveValue(
        'INC0012345',
      );
      await createPass(page);
      await page.getByRole('button', { name: 'Handed over' }).click();

      const { lines } = await readJournal(await auditFolderOf(page));
      const mint = lines.find((l) => l.action === 'mint' && l.result === 'success');
      expect(mint?.ticket).toBe('INC0012345');
    });

    test('main normalises a lower-case ticket sent past the renderer', async ({ tapDesk }) => {
      const { page } = tapDesk;
      await adeleOpen(tapDesk);
      const reply = (await page.evaluate(
        (args) =>
          (
            window as unknown as { tapDesk: { invoke(c: string, a: object): Promise<unknown> } }
          ).tapDesk.invoke('tap.mint', args),
        {
          user: 'adele.vance@contoso.example',
          lifetimeInMinutes: 60,
          isUsableOnce: true,
          replace: false,
          verification: {
            tier: 'standard',
            checked: ['photo-id', 'employee-record'],
            method: 'In person with photo ID',
            ticket: 'req0012345',
          },
        },
      )) as { ok: boolean; value?: { kind: string; handoff?: { handoffId: string } } };
      expect(reply.ok).toBe(true);
      // Close the handoff main opened (its pass never reaches this test's output).
      const handoffId = reply.value?.handoff?.handoffId;
      if (handoffId) {
        await page.evaluate(
          (id) =>
            (
              window as unknown as { tapDesk: { invoke(c: string, a: object): Promise<unknown> } }
            ).tapDesk.invoke('handoff.close', { handoffId: id, reason: 'hidden' }),
          handoffId,
        );
      }
      const { lines } = await readJournal(await auditFolderOf(page));
      const mint = lines.find((l) => l.action === 'mint' && l.result === 'success');
      expect(mint?.ticket).toBe('REQ0012345');
    });
  });
}
