/**
 * Writes a CSV export into the journal's `exports/` folder under a timestamped name that never
 * overwrites an earlier export.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AuditEntry } from './entry';
import { toCsv } from './csv';

/** Writes the export and returns its absolute path. */
export async function writeExport(
  folder: string,
  entries: readonly AuditEntry[],
  nowMs: number,
): Promise<string> {
  const dir = resolve(folder, 'exports');
  await mkdir(dir, { recursive: true });
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-');
  const csv = toCsv(entries);
  for (let n = 1; ; n++) {
    const path = join(dir, n === 1 ? `audit-${stamp}.csv` : `audit-${stamp}-${n}.csv`);
    try {
      // Owner-only, like the journal itself: the export names technicians, users and tickets.
      await writeFile(path, csv, { encoding: 'utf8', flag: 'wx', mode: 0o600 });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
