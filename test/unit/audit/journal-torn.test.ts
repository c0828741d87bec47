import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, truncate, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createAuditJournal } from '../../../main/audit/journal';
import { clock, mint, readLines, tempFolder } from './journal-helpers';

let folder: string;
let cleanup: () => Promise<void>;
const first = () => join(folder, 'journal-0001.jsonl');

beforeEach(async () => {
  ({ folder, cleanup } = await tempFolder());
});
afterEach(() => cleanup());

/** Three whole entries, then the fourth cut in half as a crash would leave it. */
async function tornJournal(): Promise<{ lastWholeHash: string }> {
  const journal = createAuditJournal({ folder, clock: clock() });
  let lastWholeHash = '';
  for (let n = 1; n <= 4; n++) {
    const entry = await journal.append(mint(n));
    if (n === 3) lastWholeHash = entry.hash;
  }
  const size = (await stat(first())).size;
  await truncate(first(), size - 40);
  return { lastWholeHash };
}

describe('createAuditJournal: a torn last line', () => {
  it('verifies up to the last whole entry and reports the torn line', async () => {
    await tornJournal();
    const journal = createAuditJournal({ folder, clock: clock() });
    expect(await journal.verify()).toEqual({
      ok: true,
      entries: 3,
      segments: 1,
      tornTail: { file: 'journal-0001.jsonl', line: 4 },
    });
  });

  it('is reported at open and the journal continues in a new segment that records the break', async () => {
    const { lastWholeHash } = await tornJournal();
    const before = await readFile(first(), 'utf8');
    const journal = createAuditJournal({ folder, clock: clock() });
    const report = await journal.open();
    expect(report).toEqual({
      segment: 'journal-0002.jsonl',
      entries: 4,
      tornTail: { file: 'journal-0001.jsonl', line: 4 },
    });
    const next = await journal.append(mint(5));
    expect(next.seq).toBe(5);

    // The torn segment is left exactly as found: evidence, not something to tidy away.
    expect(await readFile(first(), 'utf8')).toBe(before);
    const [start, appended] = (await readLines(join(folder, 'journal-0002.jsonl'))).map(
      (line) => JSON.parse(line) as Record<string, unknown>,
    );
    expect(start).toMatchObject({
      seq: 4,
      action: 'segment-start',
      prevHash: lastWholeHash,
      break: { file: 'journal-0001.jsonl', line: 4, lastHash: lastWholeHash },
    });
    expect(appended).toMatchObject({ seq: 5, prevHash: start?.['hash'] });
    expect(await journal.verify()).toEqual({
      ok: true,
      entries: 5,
      segments: 2,
      tornTail: { file: 'journal-0001.jsonl', line: 4 },
    });
  });

  it('shows the break in the list', async () => {
    await tornJournal();
    const journal = createAuditJournal({ folder, clock: clock() });
    await journal.open();
    const { entries } = await journal.list({});
    expect(entries[0]).toMatchObject({
      action: 'segment-start',
      detail: 'Journal continued after an incomplete entry at journal-0001.jsonl line 4',
    });
  });

  it('flags a torn line that the next segment does not account for', async () => {
    await tornJournal();
    const journal = createAuditJournal({ folder, clock: clock() });
    await journal.open();
    // Someone replaces the recorded break with an ordinary-looking segment.
    const lines = await readLines(join(folder, 'journal-0002.jsonl'));
    const start = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    start['break'] = { file: 'journal-0001.jsonl', line: 9, lastHash: 'x' };
    await writeFile(join(folder, 'journal-0002.jsonl'), `${JSON.stringify(start)}\n`);
    expect((await journal.verify()).firstBroken).toEqual({
      file: 'journal-0001.jsonl',
      line: 4,
      reason: 'torn line not recorded by the next segment',
    });
  });

  it('does not open a new segment for a clean journal', async () => {
    const journal = createAuditJournal({ folder, clock: clock() });
    await journal.append(mint(1));
    const again = createAuditJournal({ folder, clock: clock() });
    expect(await again.open()).toEqual({ segment: 'journal-0001.jsonl', entries: 1 });
  });
});
