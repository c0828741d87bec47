import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { createAuditJournal } from '../../../main/audit/journal';
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
});

describe('createAuditJournal: exportCsv', () => {
  it('writes every entry to exports/ with a header and returns the path and row count', async () => {
    const journal = await seeded();
    const { path, rows } = await journal.exportCsv();
    expect(rows).toBe(4);
    expect(isAbsolute(path)).toBe(true);
    expect(dirname(path)).toBe(join(folder, 'exports'));
    const lines = (await readFile(path, 'utf8')).split('\r\n');
    expect(lines[0]?.split(',').slice(0, 4)).toEqual(['seq', 'time', 'action', 'result']);
    expect(lines.filter(Boolean)).toHaveLength(5);
    expect(lines[3]).toContain(',throttled,req-2,');
  });

  it.skipIf(process.platform === 'win32')('writes the export owner-only (mode 0600), whatever the umask', async () => {
    const journal = await seeded();
    const previous = process.umask(0o022);
    try {
      const { path } = await journal.exportCsv();
      expect((await stat(path)).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(previous);
    }
  });

  it('never overwrites an earlier export', async () => {
    const journal = await seeded();
    const a = await journal.exportCsv();
    const b = await journal.exportCsv();
    expect(b.path).not.toBe(a.path);
  });

  it('quotes and defuses hostile ticket text', async () => {
    const journal = createAuditJournal({ folder, clock: makeClock() });
    await journal.append(mint(1, { ticket: '=HYPERLINK("http://evil.test","click")' }));
    await journal.append(mint(2, { ticket: 'INC, with "quotes"\nand a newline' }));
    const text = await readFile((await journal.exportCsv()).path, 'utf8');
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
