import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmod, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createAuditJournal, type AuditJournal } from '../../../main/audit/journal';
import type { SaveChoice, SaveDialog } from '../../../main/kernel/ports';
import { csvCell } from '../../../main/audit/csv';
import { clock as makeClock, mint, tempFolder } from './journal-helpers';

let folder: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ folder, cleanup } = await tempFolder());
});
afterEach(() => cleanup());

async function seeded() {
  const clock = makeClock();
  const journal = createAuditJournal({ folder, clock });
  await journal.append({
    action: 'sign-in',
    result: 'success',
    technician: { upn: 'alex@contoso.test', id: 'a-1' },
  });
  clock.advance(60 * 60_000); // 10:00
  await journal.append(mint(1, { technician: { upn: 'alex@contoso.test', id: 'a-1' } }));
  clock.advance(60 * 60_000); // 11:00
  await journal.append(
    mint(2, {
      technician: { upn: 'bo@contoso.test', id: 'b-2' },
      result: 'failure',
      errorCode: 'throttled',
    }),
  );
  clock.advance(60 * 60_000); // 12:00
  await journal.append({
    action: 'revoke',
    result: 'success',
    technician: { upn: 'bo@contoso.test' },
    target: { upn: 'user1@contoso.test' },
  });
  return journal;
}

describe('createAuditJournal: list', () => {
  it('returns at most the limit, newest first, with the total that matched', async () => {
    await seeded();
    const limited = createAuditJournal({ folder, clock: makeClock(), listLimit: 2 });
    const { entries, total } = await limited.list({});
    expect(entries.map((e) => e.seq)).toEqual([4, 3]);
    expect(total).toBe(4);
  });


  it('lists newest first as view entries from the folder', async () => {
    const journal = await seeded();
    const { entries, folder: listed } = await journal.list({});
    expect(listed).toBe(folder);
    expect(entries.map((e) => e.seq)).toEqual([4, 3, 2, 1]);
    expect(entries[1]).toEqual({
      seq: 3,
      time: '2026-11-26T11:00:00.000Z',
      action: 'mint',
      result: 'failure',
      technicianUpn: 'bo@contoso.test',
      targetUpn: 'user2@contoso.test',
      ticket: 'INC1002',
      tier: 'standard',
      errorCode: 'throttled',
      requestId: 'req-2',
      detail: '60 min; one-time; verified by in-person; checked photo-id',
    });
  });

  it('filters by date range (inclusive), technician and target substrings, case-insensitively', async () => {
    const journal = await seeded();
    const seqs = async (filter: Parameters<typeof journal.list>[0]) =>
      (await journal.list(filter)).entries.map((e) => e.seq);
    expect(await seqs({ from: '2026-11-26T10:00:00Z', to: '2026-11-26T11:00:00Z' })).toEqual([
      3, 2,
    ]);
    expect(await seqs({ technician: 'ALEX' })).toEqual([2, 1]);
    expect(await seqs({ technician: 'b-2' })).toEqual([3]);
    expect(await seqs({ target: 'user1' })).toEqual([4, 2]);
    expect(await seqs({ technician: 'bo', target: 'user1', from: '2026-11-26T11:30:00Z' })).toEqual(
      [4],
    );
    expect(await seqs({ technician: 'nobody' })).toEqual([]);
  });

  it('filters by action exactly and by a part of the ticket in any letter case', async () => {
    const journal = await seeded();
    const seqs = async (filter: Parameters<typeof journal.list>[0]) =>
      (await journal.list(filter)).entries.map((e) => e.seq);
    expect(await seqs({ action: 'mint' })).toEqual([3, 2]);
    expect(await seqs({ action: 'revoke' })).toEqual([4]);
    expect(await seqs({ action: 'replace' })).toEqual([]);
    expect(await seqs({ ticket: 'inc1002' })).toEqual([3]);
    expect(await seqs({ ticket: '  INC100 ' })).toEqual([3, 2]);
    expect(await seqs({ ticket: '' })).toEqual([4, 3, 2, 1]);
    expect(await seqs({ action: 'mint', ticket: '1001', technician: 'alex' })).toEqual([2]);
  });
});

/** The save dialog as a test answers it, recording what it was asked. */
function dialogAnswering(choice: SaveChoice) {
  const asked: { title: string; defaultName: string }[] = [];
  const dialog: SaveDialog = {
    choose: async (request) => {
      asked.push(request);
      return choice;
    },
  };
  return { dialog, asked };
}

async function exportedTo(journal: AuditJournal, path: string) {
  const outcome = await journal.exportCsv(dialogAnswering({ kind: 'path', path }).dialog);
  expect(outcome).toEqual({ kind: 'saved', path, rows: expect.any(Number) });
  return outcome;
}

describe('createAuditJournal: exportCsv', () => {
  it('asks where to save with a timestamped name, writes every entry there with a header', async () => {
    const journal = await seeded();
    const { dialog, asked } = dialogAnswering({ kind: 'path', path: join(folder, 'chosen.csv') });
    expect(await journal.exportCsv(dialog)).toEqual({ kind: 'saved', path: join(folder, 'chosen.csv'), rows: 4 });
    expect(asked).toEqual([
      { title: 'Export the audit journal', defaultName: 'tap-desk-audit-2026-11-26T12-00-00-000Z.csv' },
    ]);
    const lines = (await readFile(join(folder, 'chosen.csv'), 'utf8')).split('\r\n');
    expect(lines[0]?.split(',').slice(0, 4)).toEqual(['seq', 'time', 'action', 'result']);
    expect(lines.filter(Boolean)).toHaveLength(5);
    expect(lines[3]).toContain(',throttled,req-2,');
  });

  it.skipIf(process.platform === 'win32')(
    'writes owner-only (mode 0600), whatever the umask, even over a wider file the dialog let it replace',
    async () => {
      const journal = await seeded();
      const path = join(folder, 'existing.csv');
      await writeFile(path, 'old,longer,content,that,must,go\r\n'.repeat(50), { mode: 0o644 });
      await chmod(path, 0o644);
      const previous = process.umask(0o022);
      try {
        await exportedTo(journal, path);
        expect((await stat(path)).mode & 0o777).toBe(0o600);
        expect(await readFile(path, 'utf8')).not.toContain('old,longer');
        await exportedTo(journal, join(folder, 'new.csv'));
        expect((await stat(join(folder, 'new.csv'))).mode & 0o777).toBe(0o600);
      } finally {
        process.umask(previous);
      }
    },
  );

  it('writes nothing when the technician cancels', async () => {
    const journal = await seeded();
    expect(await journal.exportCsv(dialogAnswering({ kind: 'cancelled' }).dialog)).toEqual({ kind: 'cancelled' });
    expect((await readdir(folder)).filter((name) => name.endsWith('.csv'))).toEqual([]);
  });

  it('hands the same CSV back for a browser download, writing no file', async () => {
    const journal = await seeded();
    const outcome = await journal.exportCsv(dialogAnswering({ kind: 'download' }).dialog);
    expect(outcome).toMatchObject({ kind: 'download', name: 'tap-desk-audit-2026-11-26T12-00-00-000Z.csv', rows: 4 });
    await exportedTo(journal, join(folder, 'same.csv'));
    expect(outcome.kind === 'download' && outcome.csv).toBe(await readFile(join(folder, 'same.csv'), 'utf8'));
    expect((await readdir(folder)).filter((name) => name.endsWith('.csv'))).toEqual(['same.csv']);
  });

  it('says the chosen place failed, in words, when it cannot be written', async () => {
    const journal = await seeded();
    await expect(
      journal.exportCsv(dialogAnswering({ kind: 'path', path: join(folder, 'missing', 'x.csv') }).dialog),
    ).rejects.toMatchObject({ code: 'audit-unavailable', message: 'The export could not be written there (ENOENT).' });
  });

  it('quotes and defuses hostile ticket text', async () => {
    const journal = createAuditJournal({ folder, clock: makeClock() });
    await journal.append(mint(1, { ticket: '=HYPERLINK("http://evil.test","click")' }));
    await journal.append(mint(2, { ticket: 'INC, with "quotes"\nand a newline' }));
    const path = join(folder, 'hostile.csv');
    await exportedTo(journal, path);
    const text = await readFile(path, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.test"",""click"")"`);
    expect(text).toContain('"INC, with ""quotes""\nand a newline"');
  });
});

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\r\nlines', '"two\r\nlines"'],
    ['', ''],
  ])('%j becomes %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes numbers, booleans and absent values plainly', () => {
    expect(csvCell(60)).toBe('60');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(undefined)).toBe('');
  });
});
