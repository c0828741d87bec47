import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuditJournal } from '../../../main/audit/journal';
import { systemClock } from '../../../main/kernel/ports';

let folder: string | undefined;
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('a shared audit folder', () => {
  it('holds one chain per desk, each starting with its genesis, and both verify', async () => {
    folder = await mkdtemp(join(tmpdir(), 'tap-shared-'));
    const desks = ['DESK-A', 'DESK-B'].map((desk) =>
      createAuditJournal({
        folder: folder ?? '',
        clock: systemClock,
        desk,
        genesisReason: async () => 'first start on this desk',
      }),
    );
    for (let n = 0; n < 6; n += 1) {
      await desks[n % 2]?.append({ action: 'mint', result: 'success', ticket: `INC00${1000 + n}` });
    }
    expect((await readdir(folder)).sort()).toEqual([
      'journal-DESK-A-0001.jsonl',
      'journal-DESK-B-0001.jsonl',
    ]);
    for (const journal of desks) {
      expect(await journal.verify()).toMatchObject({ ok: true, entries: 4, segments: 1 });
      const page = await journal.list({});
      expect(page.total).toBe(4);
      expect(page.entries.at(-1)).toMatchObject({ seq: 1, action: 'genesis' });
    }
  });

  it('starts a new chain with a genesis naming the reason when the journal is gone', async () => {
    folder = await mkdtemp(join(tmpdir(), 'tap-shared-'));
    const open = () =>
      createAuditJournal({
        folder: folder ?? '',
        clock: systemClock,
        desk: 'DESK-A',
        genesisReason: async () => 'journal missing: 2 entries were forwarded from this desk before',
      });
    await open().append({ action: 'sign-in', result: 'success' });
    await rm(join(folder, 'journal-DESK-A-0001.jsonl'));
    const entry = await open().append({ action: 'sign-in', result: 'success' });
    expect(entry.seq).toBe(2);
    const lines = (await open().list({})).entries;
    expect(lines.at(-1)).toMatchObject({ action: 'genesis', seq: 1 });
    expect(lines.at(-1)?.detail).toContain('journal missing');
  });
});
