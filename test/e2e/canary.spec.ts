/**
 * The canary: the demo tenant is told to mint a known pass, the whole flow runs (settings saved,
 * verify, mint, show, copy, clipboard cleared, auto-hide, audit verify and export), and then
 * every file the app and this test run wrote is searched for the pass in every encoding a
 * careless write could leave it in. Zero hits. Failure messages name files and encodings, never
 * the canary.
 */
import { randomInt } from 'node:crypto';
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spellPhonetic } from '../../main/handoff/format';
import { expect, test } from './support/fixtures';
import {
  createPass,
  domText,
  dumpBrowserStorage,
  expectAbsent,
  expectHandoffGone,
  expectPresent,
  readJournal,
  verifyPerson,
} from './support/handoff-helpers';
import { expectCustomerWiped, mintOntoCustomerDisplay } from './support/customer-display';
import { auditFolderOf } from './support/desk-sizes';

// The demo journal is forwarded to the demo tenant's Logs Ingestion endpoint, so the forwarded
// payloads are searched too (issue 16).
test.use({ manualClock: true, forwardDemo: true });

/** The demo tenant's pass alphabet (main/demo-tenant/graph/pass.ts). */
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+!@#$%&*?=';

/**
 * 'CANARY', random pass characters, and the symbols whose escaped forms differ from the raw one
 * ('+', '&', '%', '#', '='), so the URL-, form- and HTML-encoded searches are not just repeats.
 */
function makeCanary(): string {
  let suffix = '';
  for (let i = 0; i < 10; i++) suffix += alphabet[randomInt(alphabet.length)];
  return `CANARY${suffix}+&%#=`;
}

/** The byte patterns of the canary in every form we search for. */
function canaryForms(secret: string): Map<string, Buffer> {
  const html = secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return new Map<string, Buffer>([
    ['raw', Buffer.from(secret)],
    ['json-escaped', Buffer.from(JSON.stringify(secret).slice(1, -1))],
    ['url-encoded', Buffer.from(encodeURIComponent(secret))],
    ['form-encoded', Buffer.from(new URLSearchParams({ v: secret }).toString().slice(2))],
    ['html-escaped', Buffer.from(html)],
    // Chromium keeps localStorage and IndexedDB strings as UTF-16 on disk.
    ['utf-16le', Buffer.from(secret, 'utf16le')],
    ['base64', Buffer.from(Buffer.from(secret).toString('base64'))],
    // The spoken form: a handoff object logged whole would carry its phonetic array.
    ['phonetic', Buffer.from(JSON.stringify(spellPhonetic(secret)).slice(1, -1))],
  ]);
}

interface SearchReport {
  readonly files: readonly string[];
  /** `path: form` for each hit. */
  readonly hits: readonly string[];
}

/** Searches every regular file under `roots` (symlinks not followed; vanished files skipped). */
async function searchFiles(
  roots: readonly string[],
  forms: ReadonlyMap<string, Buffer>,
): Promise<SearchReport> {
  const files: string[] = [];
  const hits: string[] = [];
  const visit = async (path: string): Promise<void> => {
    const stats = await lstat(path).catch(() => null);
    if (stats?.isDirectory()) {
      for (const name of await readdir(path).catch(() => [])) await visit(join(path, name));
    } else if (stats?.isFile()) {
      // Another process's temp file may vanish or be unreadable mid-search; it is not ours.
      const bytes = await readFile(path).catch(() => null);
      if (!bytes) return;
      files.push(path);
      for (const [name, pattern] of forms)
        if (bytes.includes(pattern)) hits.push(`${path}: ${name}`);
    }
  };
  for (const root of roots) await visit(root);
  return { files, hits };
}

/**
 * Temp entries that belong to this run: the harness's folders (`tap-desk-*`), Playwright's
 * artifacts and browser profiles, and anything created since `sinceMs` (a library may choose a
 * name of its own).
 */
async function tempEntries(sinceMs: number): Promise<string[]> {
  const root = tmpdir();
  const out: string[] = [];
  for (const name of await readdir(root)) {
    const path = join(root, name);
    const stats = await lstat(path).catch(() => null);
    if (!stats) continue;
    if (
      /^(tap-desk|playwright)/i.test(name) ||
      Math.max(stats.birthtimeMs, stats.ctimeMs) >= sinceMs
    ) {
      out.push(path);
    }
  }
  return out;
}

test('a known canary pass runs the whole flow and is then found in no file at all', async ({
  tapDesk,
}) => {
  test.setTimeout(120_000);
  const startedAt = Date.now() - 1000;
  const { page, harness } = tapDesk;
  const canary = makeCanary();
  const displaySeconds = 90;
  const clearSeconds = 20;

  await tapDesk.open();
  await tapDesk.signIn();

  // Save settings first, so settings.json exists and is searched too.
  await page.getByRole('tab', { name: 'Settings' }).click();
  await page
    .getByRole('spinbutton', { name: 'Show the pass for (seconds)' })
    .fill(String(displaySeconds));
  await page
    .getByRole('spinbutton', { name: 'Clear the clipboard after (seconds)' })
    .fill(String(clearSeconds));
  await page.getByRole('button', { name: 'Save handoff settings' }).click();
  // (No "Saved." assertion: app-frame re-keys the settings page on every config change, so the
  // confirmation is lost. Reported; the persisted values are checked instead.)
  await expect
    .poll(() => readFile(join(harness.userData, 'settings.json'), 'utf8').catch(() => ''))
    .toContain(String(displaySeconds));
  await page.getByRole('tab', { name: 'Issue a pass' }).click();

  // Adele is served from an onboarding queue, so the queue's export is searched as well (issue 18).
  await page.getByRole('tab', { name: 'Queue' }).click();
  await page.getByLabel('CSV file of expected arrivals').setInputFiles({
    name: 'canary-day.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('upn,ticket\r\nadele.vance@contoso.example,INC0012345\r\n'),
  });
  await page.getByRole('button', { name: 'Check all' }).click();
  await page.getByRole('button', { name: 'Serve Adele Vance' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Adele Vance' })).toBeVisible();
  await verifyPerson(page);
  tapDesk.demo.setTapBehaviour({ nextPass: canary });
  const shown = await createPass(page);
  // The canary really was on screen, so a search that finds nothing means something.
  expect(shown === canary, 'the canary is the pass on screen').toBe(true);
  expectPresent(await domText(page), canary, 'the DOM while shown');

  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByText(/^Copied\./)).toBeVisible();
  expect(harness.clipboard.history.includes(canary), 'the canary went to the clipboard').toBe(true);
  tapDesk.clock.advance(clearSeconds * 1000);
  await expect(page.getByText('Clipboard cleared', { exact: true })).toBeVisible();
  expect(await harness.clipboard.readText()).toBe('');
  tapDesk.clock.advance((displaySeconds - clearSeconds) * 1000);
  await expectHandoffGone(page, 'The display time ran out.');
  expect(harness.app.heldPasses()).toBe(0);

  // The audit view: verify and export, so the export file is searched as well.
  await page.getByRole('tab', { name: 'Audit journal' }).click();
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByText(/^Journal intact:/)).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  await expect(page.getByText(/^Exported \d+ rows as /)).toBeVisible();
  // Saved beside the journal so the file search below reads the export as a technician gets it.
  await download.saveAs(join(harness.userData, 'exports', download.suggestedFilename()));

  await page.getByRole('tab', { name: 'Queue' }).click();
  await expect(page.getByText('Done', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Export the day (CSV)' }).click();
  await expect(page.getByText(/^Exported 1 rows to /)).toBeVisible();

  expectAbsent(await domText(page), canary, 'the DOM after the handoff');
  expectAbsent(await dumpBrowserStorage(page), canary, 'browser storage');
  const tokenCache = harness.secretStore.saved();
  expectAbsent(Buffer.from(tokenCache ?? []).toString('latin1'), canary, 'the token cache');

  // The journal records the mint (so it was written during this flow) but not the pass.
  const listed = await page.evaluate(() =>
    (
      window as unknown as { tapDesk: { invoke(c: string, a: object): Promise<unknown> } }
    ).tapDesk.invoke('audit.list', {}),
  );
  const auditFolder = (listed as { value: { folder: string } }).value.folder;
  const journal = await readJournal(auditFolder);
  expect(
    journal.lines.some(
      (l) =>
        l.action === 'mint' &&
        l.result === 'success' &&
        l.target?.upn === 'adele.vance@contoso.example',
    ),
    'the mint entry is in the journal',
  ).toBe(true);
  expectAbsent(journal.raw, canary, 'the audit journal');

  // Every journal entry also went to the log pipeline: the records as the endpoint received them
  // (gzip undone), in every encoding, hold the mint and never the pass.
  const received = tapDesk.demo.logsIngestion.received;
  await expect
    .poll(() => {
      // The forwarder runs on the app's clock: let its timers fire.
      tapDesk.clock.advance(1_000);
      return received.some((r) => r['Action'] === 'mint' && r['TargetUpn'] === 'adele.vance@contoso.example');
    }, { message: 'the mint entry was forwarded' })
    .toBe(true);
  // The header says so once every entry is accepted.
  await expect
    .poll(async () => {
      tapDesk.clock.advance(1_000);
      return page.getByText('audit: sent', { exact: true }).isVisible();
    }, { message: 'the header shows the trail as sent' })
    .toBe(true);
  const forwardedBytes = Buffer.from(JSON.stringify(received));
  const forwardedHits = [...canaryForms(canary)].filter(([, pattern]) => forwardedBytes.includes(pattern)).map(([name]) => name);
  expect(forwardedHits, 'encodings of the canary in the forwarded records').toEqual([]);

  const roots = [
    harness.userData,
    auditFolder,
    resolve('test-results'),
    ...(await tempEntries(startedAt)),
  ];
  const report = await searchFiles([...new Set(roots)], canaryForms(canary));
  // The search saw the files that matter; otherwise zero hits would prove nothing.
  const seen = (suffix: string) => report.files.some((f) => f.endsWith(suffix));
  // The demo's own journal, one segment per desk (issue 15, 16).
  expect(
    report.files.some((f) => /demo-audit[/\\]journal-.+-0001\.jsonl$/.test(f)),
    'journal searched',
  ).toBe(true);
  expect(seen('settings.json'), 'settings searched').toBe(true);
  expect(report.files.some((f) => /queue-canary-day-[^/\\]*\.csv$/.test(f)), 'queue export searched').toBe(true);
  expect(seen(join('logs', 'main.log')), 'main log searched').toBe(true);
  expect(
    report.files.some((f) => f.endsWith('.csv')),
    'CSV export searched',
  ).toBe(true);
  test.info().annotations.push({
    type: 'canary search',
    description: `${String(report.files.length)} files under ${String(roots.length)} roots, ${String(canaryForms(canary).size)} encodings`,
  });
  expect(report.hits, `canary found in ${String(report.hits.length)} place(s)`).toEqual([]);
});

test.describe('with the customer display (issue 19 item 3)', () => {
  test.use({ customerDisplayPolicy: true });

  test('a canary on the customer display never reaches the technician window, and is in no file', async ({
    tapDesk,
  }) => {
    test.setTimeout(120_000);
    const startedAt = Date.now() - 1000;
    const { page, harness } = tapDesk;
    const canary = makeCanary();
    const forms = canaryForms(canary);
    // Every reply the technician's window receives from main, kept to search below.
    const replies: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/__harness/invoke')) replies.push(response.text().catch(() => ''));
    });

    await tapDesk.open();
    await tapDesk.signIn();
    const customer = await tapDesk.openCustomerDisplay();
    await tapDesk.openUser('Adele', 'Adele Vance');
    await verifyPerson(page);
    await mintOntoCustomerDisplay(tapDesk, customer, canary);
    expectPresent(await domText(customer), canary, 'the customer display while shown');
    // The technician asks for the spelling: the words reach the desk, the pass itself never.
    await page.getByRole('button', { name: 'Show the spelling to read aloud' }).click();
    await expect(page.getByRole('list', { name: 'Phonetic spelling, group by group' })).toBeVisible();
    expectAbsent(await domText(page), canary, 'the technician window while shown');
    expectAbsent(await dumpBrowserStorage(page), canary, 'the technician window storage while shown');

    tapDesk.clock.advance(60_000);
    await expectHandoffGone(page, 'The display time ran out.');
    await expectCustomerWiped(customer);
    expect(harness.app.heldPasses()).toBe(0);
    expectAbsent(await domText(customer), canary, 'the customer display after the wipe');
    expectAbsent(await dumpBrowserStorage(customer), canary, 'the customer display storage');
    expectAbsent(await domText(page), canary, 'the technician window after the handoff');

    const received = (await Promise.all(replies)).join('\n');
    expect(received.includes('"handoffId"'), 'the mint reply was captured').toBe(true);
    const replyHits = [...forms].filter(([name, pattern]) => name !== 'phonetic' && received.includes(pattern.toString('latin1'))).map(([name]) => name);
    expect(replyHits, 'encodings of the canary in replies to the technician window').toEqual([]);

    const auditFolder = await auditFolderOf(page);
    const journal = await readJournal(auditFolder);
    expect(journal.lines.some((l) => l.action === 'spelling-shown'), 'the spelling request is journalled').toBe(true);
    const report = await searchFiles(
      [...new Set([harness.userData, auditFolder, resolve('test-results'), ...(await tempEntries(startedAt))])],
      forms,
    );
    expect(report.files.some((f) => f.endsWith(join('logs', 'main.log'))), 'main log searched').toBe(true);
    expect(report.hits, `canary found in ${String(report.hits.length)} place(s)`).toEqual([]);
  });
});

test('the search finds a planted canary in each encoding (so zero hits above means something)', async () => {
  const canary = makeCanary();
  const folder = await mkdtemp(join(tmpdir(), 'tap-desk-canary-selftest-'));
  try {
    const forms = canaryForms(canary);
    for (const [name, bytes] of forms) {
      await mkdir(join(folder, 'nested', name), { recursive: true });
      await writeFile(
        join(folder, 'nested', name, 'file.bin'),
        Buffer.concat([Buffer.from('x'), bytes]),
      );
    }
    const report = await searchFiles([folder], forms);
    for (const name of forms.keys()) {
      expect(
        report.hits.some((hit) => hit.startsWith(join(folder, 'nested', name))),
        name,
      ).toBe(true);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
