import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createAuditJournal } from '../../../main/audit/journal';
import { GENESIS_HASH, hashEntry } from '../../../main/audit/entry';
import { clock, mint, readLines, tempFolder, writeLines } from './journal-helpers';

let folder: string;
let cleanup: () => Promise<void>;
const segment = () => join(folder, 'journal-0001.jsonl');

beforeEach(async () => {
  ({ folder, cleanup } = await tempFolder());
});
afterEach(() => cleanup());

async function journalWith(count: number) {
  const journal = createAuditJournal({ folder, clock: clock() });
  for (let n = 1; n <= count; n++) await journal.append(mint(n));
  return journal;
}

describe('createAuditJournal: the hash chain', () => {
  it('chains every entry to the previous one with a counter, and verifies', async () => {
    const journal = await journalWith(5);
    const entries = (await readLines(segment())).map(
      (line) => JSON.parse(line) as Record<string, unknown>,
    );
    expect(entries.map((e) => e['seq'])).toEqual([1, 2, 3, 4, 5]);
    expect(entries[0]?.['prevHash']).toBe(GENESIS_HASH);
    for (const [i, entry] of entries.entries()) {
      expect(entry['hash']).toBe(hashEntry(entry));
      if (i > 0) expect(entry['prevHash']).toBe(entries[i - 1]?.['hash']);
    }
    expect(await journal.verify()).toEqual({ ok: true, entries: 5, segments: 1 });
  });

  it('continues the chain across app restarts', async () => {
    await journalWith(2);
    const reopened = createAuditJournal({ folder, clock: clock() });
    const third = await reopened.append(mint(3));
    expect(third.seq).toBe(3);
    expect((await reopened.verify()).ok).toBe(true);
  });

  it('names the line of an edited entry (hash mismatch)', async () => {
    const journal = await journalWith(5);
    const lines = await readLines(segment());
    lines[2] = (lines[2] ?? '').replace('user3@contoso.test', 'someone-else@contoso.test');
    await writeLines(segment(), lines);
    expect((await journal.verify()).firstBroken).toEqual({
      file: 'journal-0001.jsonl',
      line: 3,
      reason: 'hash mismatch',
    });
  });

  it('names the line after a re-hashed edit (the next entry no longer links)', async () => {
    const journal = await journalWith(5);
    const lines = await readLines(segment());
    const edited = JSON.parse(lines[1] ?? '') as Record<string, unknown>;
    edited['ticket'] = 'INC-FORGED';
    edited['hash'] = hashEntry(edited);
    lines[1] = JSON.stringify(edited);
    await writeLines(segment(), lines);
    expect((await journal.verify()).firstBroken).toEqual({
      file: 'journal-0001.jsonl',
      line: 3,
      reason: 'prev mismatch',
    });
  });

  it('names the line where an entry was deleted (seq gap)', async () => {
    const journal = await journalWith(5);
    const lines = await readLines(segment());
    lines.splice(1, 1);
    await writeLines(segment(), lines);
    const result = await journal.verify();
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({
      file: 'journal-0001.jsonl',
      line: 2,
      reason: 'seq gap (expected 2, found 3)',
    });
  });

  it('names the first line of two reordered entries', async () => {
    const journal = await journalWith(5);
    const lines = await readLines(segment());
    [lines[3], lines[2]] = [lines[2] ?? '', lines[3] ?? ''];
    await writeLines(segment(), lines);
    expect((await journal.verify()).firstBroken).toMatchObject({
      file: 'journal-0001.jsonl',
      line: 3,
    });
  });

  it('names an unparseable line', async () => {
    const journal = await journalWith(3);
    const lines = await readLines(segment());
    lines[1] = '{"seq":2,';
    await writeLines(segment(), lines);
    expect((await journal.verify()).firstBroken).toEqual({
      file: 'journal-0001.jsonl',
      line: 2,
      reason: 'unparseable',
    });
  });

  it('finds a deleted first entry', async () => {
    const journal = await journalWith(3);
    await writeLines(segment(), (await readLines(segment())).slice(1));
    expect((await journal.verify()).firstBroken).toMatchObject({
      line: 1,
      reason: 'seq gap (expected 1, found 2)',
    });
  });

  it('verifies an empty journal', async () => {
    const journal = createAuditJournal({ folder: join(folder, 'not-yet'), clock: clock() });
    expect(await journal.verify()).toEqual({ ok: true, entries: 0, segments: 0 });
  });
});
