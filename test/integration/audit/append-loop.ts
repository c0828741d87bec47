/**
 * A child process for kill-mid-write.test.ts: appends audit entries in a loop until killed.
 * Usage: node --import tsx append-loop.ts <folder> <plain|split>
 *
 * `plain` uses the real durable writer. `split` uses a writer that puts the first half of a
 * line on disk (fsynced), announces it and waits, so the parent's SIGKILL lands mid-line every
 * time: the on-disk state is exactly a crash during a write.
 */
import { open } from 'node:fs/promises';
import { createAuditJournal } from '../../../main/audit/journal';
import { nodeJournalFile, type JournalFile } from '../../../main/audit/journal-file';
import { systemClock } from '../../../main/kernel/ports';

const [folder, mode] = process.argv.slice(2);
if (folder === undefined || (mode !== 'plain' && mode !== 'split')) {
  process.stderr.write('usage: append-loop.ts <folder> <plain|split>\n');
  process.exit(2);
}

let writes = 0;
const splitWriter: JournalFile = {
  async append(path, text) {
    writes += 1;
    // The first few entries are whole, so there is a chain to verify before the tear.
    if (writes <= 5) return nodeJournalFile.append(path, text);
    const handle = await open(path, 'a');
    await handle.writeFile(text.slice(0, Math.floor(text.length / 2)));
    await handle.sync();
    await handle.close();
    process.stdout.write('half\n');
    await new Promise((resolve) => setTimeout(resolve, 60_000));
    await nodeJournalFile.append(path, text.slice(Math.floor(text.length / 2)));
  },
};

const journal = createAuditJournal({
  folder,
  clock: systemClock,
  file: mode === 'split' ? splitWriter : nodeJournalFile,
});

for (let n = 1; ; n++) {
  const entry = await journal.append({
    action: 'mint',
    result: 'success',
    technician: { upn: 'loop@contoso.test', id: 'loop' },
    target: { upn: `user${n}@contoso.test`, id: `u-${n}` },
    ticket: `INC${n}`,
    lifetimeInMinutes: 60,
    isUsableOnce: true,
  });
  process.stdout.write(`appended ${entry.seq}\n`);
}
