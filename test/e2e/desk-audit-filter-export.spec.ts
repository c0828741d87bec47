/**
 * Issue 12 item 12 (the view): the audit journal filters by action and by ticket, and Export asks
 * where to save. In the browser preview that is a download (Electron's native dialog is proved
 * against the fake electron module in test/unit/shell/save-dialog.test.ts); the file holds every
 * entry, formula-safe, and never a pass. At both desk sizes, light and dark, axe clean.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { deskSizes, schemes, seriousViolations, shoot } from './support/desk-sizes';
import {
  createPass,
  expectAbsent,
  expectHandoffGone,
  hideLeftoverHandoff,
  verifyPerson,
} from './support/handoff-helpers';

const adele = 'adele.vance@contoso.example';
const megan = 'megan.bowen@contoso.example';

function rows(page: Page) {
  return page.getByRole('table', { name: 'Audit journal entries' }).getByRole('rowgroup').nth(1).getByRole('row');
}

async function apply(page: Page) {
  await page.getByRole('button', { name: 'Apply filters' }).click();
}

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

    test('filters by action and ticket; Export downloads every entry, formula-safe, never a pass', async ({
      tapDesk,
    }) => {
      const { page } = tapDesk;
      await tapDesk.open();
      await tapDesk.signIn();
      const passes: string[] = [];
      for (const [query, name, ticket] of [
        ['Adele', 'Adele Vance', 'INC0012345'],
        ['Megan', 'Megan Bowen', 'REQ0054321'],
      ] as const) {
        await tapDesk.openUser(query, name);
        await verifyPerson(page, { ticket });
        passes.push(await createPass(page));
        await page.getByRole('button', { name: 'Handed over' }).click();
        await expectHandoffGone(page, 'Handed over.');
        await page.getByRole('button', { name: 'Next user' }).click();
      }
      await page.getByRole('tab', { name: 'Audit journal' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Audit journal' })).toBeVisible();
      // The journal's genesis, sign-in, then mint + handoff-end for each person.
      await expect(rows(page)).toHaveCount(6);

      await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Pass created' });
      await apply(page);
      await expect(rows(page)).toHaveCount(2);
      for (const row of await rows(page).all()) await expect(row.getByRole('cell').nth(2)).toHaveText('mint');

      // A part of the ticket, in another letter case, narrows to that person's mint.
      await page.getByLabel('Ticket', { exact: true }).fill('req005');
      await apply(page);
      await expect(rows(page)).toHaveCount(1);
      await expect(rows(page).first()).toContainText(megan);
      await expect(rows(page).first()).toContainText('REQ0054321');

      // The ticket alone, over every action: only the entry that carries it.
      await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Any action' });
      await page.getByLabel('Ticket', { exact: true }).fill('INC0012345');
      await apply(page);
      await expect(rows(page)).toHaveCount(1);
      await expect(rows(page).first()).toContainText(adele);

      await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Pass left the screen' });
      await page.getByLabel('Ticket', { exact: true }).fill('');
      await apply(page);
      await expect(rows(page)).toHaveCount(2);
      for (const row of await rows(page).all()) await expect(row).toContainText('left the screen: handed over');

      await page.getByLabel('Ticket', { exact: true }).fill('CHG');
      await apply(page);
      await expect(page.getByText('No entries match.')).toBeVisible();
      await page.getByLabel('Ticket', { exact: true }).fill('');
      await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Any action' });
      await apply(page);
      await expect(rows(page)).toHaveCount(6);

      // Export: the browser is asked to save a download named for the export.
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^tap-desk-audit-\d{4}-\d\d-\d\dT[\d-]+Z\.csv$/);
      await expect(page.getByRole('status').filter({ hasText: /^Exported 6 rows as tap-desk-audit-.+\.csv/ })).toBeVisible();
      const saved = join(test.info().outputDir, download.suggestedFilename());
      await download.saveAs(saved);
      const csv = await readFile(saved, 'utf8');
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).toMatch(/^seq,time,action,result,technicianUpn,technicianId,targetUpn,targetId,ticket,/);
      expect(lines).toHaveLength(7);
      expect(lines.filter((l) => l.includes(',mint,success,'))).toHaveLength(2);
      // No cell starts as a formula would.
      for (const line of lines) for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@]/);
      for (const pass of passes) expectAbsent(csv, pass, 'the downloaded export');

      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Pass created' });
        await page.getByLabel('Ticket', { exact: true }).fill('inc');
        await apply(page);
        await expect(rows(page)).toHaveCount(1);
        expect(await seriousViolations(page, `audit filtered (${scheme})`)).toEqual([]);
        await shoot(page, `audit-filter-export-${String(size.width)}-${scheme}`);
      }
    });
  });
}
