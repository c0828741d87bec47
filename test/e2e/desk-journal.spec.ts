/**
 * Issue 12 item 12: the journal records each Copy and how each pass left the screen (handed
 * over, hidden, timed out, window switched, another page), and every entry about a person names
 * them by object id as well as UPN. Never the pass.
 */
import { expect, test } from './support/fixtures';
import { signedIn } from './support/desk-setup';
import { auditFolderOf, deskSizes } from './support/desk-sizes';
import {
  createPass,
  defaultHandoff,
  expectAbsent,
  hideLeftoverHandoff,
  readJournal,
  verifyPerson,
} from './support/handoff-helpers';

test.use({ manualClock: true });

const adele = 'adele.vance@contoso.example';

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.beforeEach(async ({ tapDesk }) => {
      await signedIn(tapDesk);
    });
    test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

    test('Copy and each way a pass leaves the screen are journalled, with the target id', async ({
      tapDesk,
    }) => {
      const { page } = tapDesk;
      const adeleId = tapDesk.demo.findUser(adele)?.id;
      const passes: string[] = [];
      const leave = [
        { how: 'handed-over', act: () => page.getByRole('button', { name: 'Handed over' }).click() },
        { how: 'hidden', act: () => page.getByRole('button', { name: 'Hide now' }).click() },
        {
          how: 'blur',
          act: () => page.evaluate(() => window.dispatchEvent(new Event('blur'))),
        },
        {
          how: 'page-switched',
          act: async () => {
            await page.getByRole('tab', { name: 'Settings' }).click();
            await page.getByRole('tab', { name: 'Issue a pass' }).click();
          },
        },
        {
          how: 'timeout',
          act: () => {
            tapDesk.clock.advance(defaultHandoff.displaySeconds * 1000);
            return Promise.resolve();
          },
        },
      ] as const;
      for (const [i, step] of leave.entries()) {
        if (i === 0) await tapDesk.openUser('Adele', 'Adele Vance');
        else await page.getByRole('button', { name: 'Replace pass' }).click();
        await verifyPerson(page);
        passes.push(await createPass(page));
        if (i === 0) {
          await page.getByRole('button', { name: 'Copy' }).click();
          await expect(page.getByText(/^Copied\./)).toBeVisible();
        }
        await step.act();
        await expect(page.getByRole('region', { name: 'Handoff finished' })).toBeVisible();
      }

      const { raw, lines } = await readJournal(await auditFolderOf(page));
      for (const pass of passes) expectAbsent(raw, pass, 'the journal');
      const ends = lines.filter((l) => l.action === 'handoff-end').map((l) => l['handoffEnd']);
      expect(ends).toEqual(leave.map((s) => s.how));
      expect(lines.filter((l) => l.action === 'copy')).toHaveLength(1);
      // Every entry about a person names them by id as well as UPN.
      const aboutAdele = lines.filter((l) => l.target?.upn === adele);
      expect(aboutAdele.length).toBeGreaterThanOrEqual(11);
      for (const line of aboutAdele) expect(line.target).toEqual({ upn: adele, id: adeleId });

      // The CSV export: targetId filled in every row that has a target.
      const exported = (await page.evaluate(() =>
        (
          window as unknown as { tapDesk: { invoke(c: string, a: object): Promise<unknown> } }
        ).tapDesk.invoke('audit.exportCsv', {}),
      )) as { value: { kind: string; csv: string } };
      // The preview has no save dialog: the export comes back as the download's content.
      expect(exported.value.kind).toBe('download');
      const rows = exported.value.csv.trim().split(/\r?\n/);
      const header = (rows[0] ?? '').split(',');
      const upnAt = header.indexOf('targetUpn');
      const idAt = header.indexOf('targetId');
      const targeted = rows.slice(1).map((r) => r.split(',')).filter((c) => c[upnAt]);
      expect(targeted.length).toBeGreaterThanOrEqual(11);
      for (const cells of targeted) expect(cells[idAt]).toBe(adeleId);
    });
  });
}
