/**
 * The audit journal as a technician sees it: after real mints, the journal view lists them and
 * filters by target, technician and date; Verify walks the hash chain (and names the entry an
 * on-disk edit broke); Export CSV downloads a file that holds the entries but never a pass.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { adeleVerified } from './support/desk-setup';
import {
  createPass,
  expectAbsent,
  expectHandoffGone,
  hideLeftoverHandoff,
  verifyPerson,
} from './support/handoff-helpers';

const adele = 'adele.vance@contoso.example';
const megan = 'megan.bowen@contoso.example';

function entries(page: Page) {
  return page.getByRole('table', { name: 'Audit journal entries' }).getByRole('row');
}

async function filterBy(
  page: Page,
  field: 'Target user' | 'Technician' | 'From' | 'To',
  value: string,
) {
  await page.getByLabel(field, { exact: true }).fill(value);
  await page.getByRole('button', { name: 'Apply filters' }).click();
}

/** Local calendar date as the date input wants it. */
function localDay(offsetDays: number): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test.describe('audit journal view', () => {
  let passes: string[] = [];

  test.beforeEach(async ({ tapDesk }) => {
    passes = [];
    const { page } = tapDesk;
    await adeleVerified(tapDesk, { ticket: 'INC0012345' });
    passes.push(await createPass(page));
    await page.getByRole('button', { name: 'Handed over' }).click();
    await expectHandoffGone(page, 'Handed over.');
    await page.getByRole('button', { name: 'Next user' }).click();
    await tapDesk.openUser('Megan', 'Megan Bowen');
    await verifyPerson(page, { ticket: 'REQ0054321' });
    passes.push(await createPass(page));
    await page.getByRole('button', { name: 'Handed over' }).click();
    await expectHandoffGone(page, 'Handed over.');
    await page.getByRole('tab', { name: 'Audit journal' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit journal' })).toBeVisible();
  });
  test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

  test('lists the mints and filters them by target, technician and date', async ({ tapDesk }) => {
    const { page } = tapDesk;
    // Header + the journal's genesis + sign-in + two mints, each with how its pass left the
    // screen (handoff-end).
    await expect(entries(page)).toHaveCount(7);
    await expect(entries(page).filter({ hasText: megan })).toHaveCount(2);

    await filterBy(page, 'Target user', 'adele');
    await expect(entries(page)).toHaveCount(3);
    await expect(entries(page).filter({ hasText: 'left the screen: handed over' })).toHaveCount(1);
    const row = entries(page).filter({ hasText: 'mint' }).first();
    await expect(row).toContainText(adele);
    await expect(row).toContainText('mint');
    await expect(row).toContainText('success');
    await expect(row).toContainText('INC0012345');
    await expect(row).toContainText('priya.natarajan@contoso.example');
    await expect(row).toContainText('standard');
    await expect(entries(page).filter({ hasText: megan })).toHaveCount(0);

    await filterBy(page, 'Target user', '');
    await filterBy(page, 'Technician', 'tom.becker');
    await expect(page.getByText('No entries match.')).toBeVisible();
    await filterBy(page, 'Technician', 'priya');
    await expect(entries(page)).toHaveCount(6);

    await filterBy(page, 'From', localDay(1));
    await expect(page.getByText('No entries match.')).toBeVisible();
    await filterBy(page, 'From', localDay(0));
    // Still filtered by technician: the genesis names none.
    await expect(entries(page)).toHaveCount(6);

    const text = await page.locator('main').innerText();
    for (const pass of passes) expectAbsent(text, pass, 'the audit view');
  });

  test('Verify reports the chain intact', async ({ tapDesk }) => {
    const { page } = tapDesk;
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Journal intact: 6 entries.' }),
    ).toBeVisible();
  });

  test('Verify names the entry an on-disk edit broke', async ({ tapDesk }) => {
    const { page } = tapDesk;
    const listed = await page.evaluate(() =>
      (
        window as unknown as { tapDesk: { invoke(c: string, a: object): Promise<unknown> } }
      ).tapDesk.invoke('audit.list', {}),
    );
    const folder = (listed as { value: { folder: string } }).value.folder;
    // One segment per desk: journal-<desk id>-0001.jsonl.
    const segment = (await readdir(folder)).find((name) => /^journal-.+-0001\.jsonl$/.test(name)) ?? '';
    const file = join(folder, segment);
    const original = await readFile(file, 'utf8');
    // Someone "corrects" the ticket of the first mint (line 3, after genesis and sign-in) after the fact.
    await writeFile(file, original.replace('"INC0012345"', '"INC0099999"'));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: new RegExp(`^Journal broken at ${segment.replaceAll('.', '\\.')}, line 3: `) }),
    ).toBeVisible();
  });

  test('Export CSV downloads a file (the preview has no save dialog) that holds the entries and no pass', async ({
    tapDesk,
  }) => {
    const { page } = tapDesk;
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const download = await downloading;
    // The journal's genesis entry is exported too.
    await expect(page.getByText(/^Exported 6 rows as tap-desk-audit-.+\.csv/)).toBeVisible();
    const path = join(test.info().outputDir, download.suggestedFilename());
    await download.saveAs(path);
    const csv = await readFile(path, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^seq,time,action,result,technicianUpn/);
    expect(lines).toHaveLength(7);
    expect(
      lines.some(
        (l) => l.includes(adele) && l.includes(',mint,success,') && l.includes('INC0012345'),
      ),
    ).toBe(true);
    expect(lines.some((l) => l.includes(megan) && l.includes('REQ0054321'))).toBe(true);
    for (const pass of passes) expectAbsent(csv, pass, 'the CSV export');
  });
});
