/**
 * Issue 18: an onboarding day. Import a CSV with good and bad rows (the preview names each bad
 * line and why), check everyone in advance, serve two people from the queue (their card opens
 * with the ticket filled in; the mint is journalled with the queue's name and the row turns
 * done), see why a blocked row is blocked, and export the day, with no pass anywhere in it.
 * On both desk sizes, light and dark, with a screenshot and axe for each.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { auditFolderOf, deskSizes, schemes, seriousViolations, shoot } from './support/desk-sizes';
import { createPass, expectAbsent, hideLeftoverHandoff, readJournal, verifyPerson } from './support/handoff-helpers';

const csv = [
  'upn,employeeId,expected,ticket,note',
  'adele.vance@contoso.example,,09:30,INC0012345,Laptop at reception',
  ',E10002,09:00,INC0012346,',
  'pradeep.gupta@contoso.example,,09:15,INC0012347,',
  'not an address,,10:00,INC0012348,',
  'megan.bowen@contoso.example,,10:30,BAD-1,',
  'megan.bowen@contoso.example,,10:30,INC0012349,=HYPERLINK("x")',
].join('\r\n');

for (const size of deskSizes) {
  for (const scheme of schemes) {
    test.describe(`${size.name} ${scheme}`, () => {
      test.use({ viewport: { width: size.width, height: size.height }, colorScheme: scheme });
      test.beforeEach(async ({ tapDesk }) => {
        await tapDesk.open();
        await tapDesk.signIn();
      });
      test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

      test('import, pre-flight, serve two from the queue, export the day', async ({ tapDesk }) => {
        const { page } = tapDesk;
        await page.getByRole('tab', { name: 'Queue' }).click();
        await page.getByLabel('CSV file of expected arrivals').setInputFiles({ name: 'monday.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

        const unread = page.getByRole('list', { name: 'Lines that could not be read' });
        await expect(unread.getByRole('listitem')).toHaveText([
          'Line 5: "not an address" is not a UPN (name@domain).',
          'Line 6: Ticket "BAD-1" does not match your organisation\'s format.',
        ]);

        await page.getByRole('button', { name: 'Check all' }).click();
        await expect(page.getByText('Checked 4 of 4')).toBeVisible();
        const table = page.getByRole('table', { name: 'Expected arrivals' });
        const pradeep = table.getByRole('row', { name: /pradeep\.gupta/ });
        await expect(pradeep.getByText('Blocked')).toBeVisible();
        await expect(pradeep.getByText(/TAP policy group 'TAP users'/)).toBeVisible();
        // Sorted by expected time: 09:00 (Adam, by employee ID) comes first.
        await expect(table.getByRole('row').nth(1)).toContainText('Adam Vance');
        await shoot(page, `queue-${size.width}-${scheme}`);
        expect(await seriousViolations(page, 'queue')).toEqual([]);

        const passes: string[] = [];
        for (const name of ['Adele Vance', 'Adam Vance']) {
          await page.getByRole('button', { name: `Serve ${name}` }).click();
          await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
          await expect(page.getByRole('textbox', { name: 'Ticket reference' })).not.toHaveValue('');
          const ticket = await page.getByRole('textbox', { name: 'Ticket reference' }).inputValue();
          await verifyPerson(page, { ticket });
          passes.push(await createPass(page));
          await page.getByRole('button', { name: 'Handed over' }).click();
          await page.getByRole('tab', { name: 'Queue' }).click();
          await expect(table.getByRole('row', { name: new RegExp(name) }).getByText('Done')).toBeVisible();
        }

        await page.getByRole('button', { name: 'Export the day (CSV)' }).click();
        const exported = page.getByRole('status').filter({ hasText: 'Exported 4 rows to' });
        await expect(exported).toBeVisible();
        const path = ((await exported.textContent()) ?? '').replace(/^Exported 4 rows to /, '');
        const out = await readFile(path, 'utf8');
        expect(out).toContain('pass issued');
        expect(out).toContain("'=HYPERLINK");
        expect(out).toMatch(/pradeep\.gupta@contoso\.example.*blocked.*TAP policy/);
        const journal = await readJournal(await auditFolderOf(page));
        const mints = journal.lines.filter((l) => l.action === 'mint');
        expect(mints.map((l) => (l as { queue?: string }).queue)).toEqual(['monday.csv', 'monday.csv']);
        for (const pass of passes) {
          expectAbsent(out, pass, 'the queue export');
          expectAbsent(journal.raw, pass, 'the journal');
        }
      });
    });
  }
}
