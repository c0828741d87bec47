/**
 * The day's outcome as CSV: who was served, who was blocked and why, who was not reached. Cells
 * go through the journal export's formula-safe `csvCell` (a CSV from HR must not become a formula
 * on an auditor's machine). A queue never holds a pass, so none can be written here.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { QueueRowView } from '../../preload/contract';
import { csvCell } from '../audit/csv';

const columns: ReadonlyArray<readonly [string, (r: QueueRowView) => string | undefined]> = [
  ['line', (r) => String(r.line)],
  ['key', (r) => r.key.value],
  ['expected', (r) => r.expectedAt],
  ['ticket', (r) => r.ticket],
  ['note', (r) => r.note],
  ['outcome', (r) => outcome(r)],
  ['userPrincipalName', (r) => r.user?.userPrincipalName],
  ['userId', (r) => r.user?.id],
  ['reason', (r) => r.reasons.map((b) => b.message).join(' | ') || undefined],
  ['nextStep', (r) => r.reasons.map((b) => b.hint).join(' | ') || undefined],
  ['checkedAt', (r) => r.checkedAt],
  ['doneAt', (r) => r.doneAt],
];

function outcome(row: QueueRowView): string {
  switch (row.state) {
    case 'done':
      return 'pass issued';
    case 'blocked':
      return 'blocked';
    case 'ready':
      return 'ready, not served';
    default:
      return 'not checked';
  }
}

export function queueCsv(rows: readonly QueueRowView[]): string {
  const header = columns.map(([name]) => name).join(',');
  const lines = rows.map((row) => columns.map(([, get]) => csvCell(get(row))).join(','));
  return [header, ...lines].map((line) => `${line}\r\n`).join('');
}

/** A file name from the queue's name: letters, digits, dot, dash and underscore only. */
const safeName = (name: string): string => name.replace(/\.csv$/i, '').replace(/[^\w.-]+/g, '_').slice(0, 60) || 'queue';

/** Writes `exports/queue-{name}-{stamp}.csv` under the journal folder, owner-only, never overwriting. */
export async function writeQueueExport(folder: string, name: string, rows: readonly QueueRowView[], nowMs: number): Promise<string> {
  const dir = resolve(folder, 'exports');
  await mkdir(dir, { recursive: true });
  const stamp = new Date(nowMs).toISOString().replace(/[:.]/g, '-');
  const csv = queueCsv(rows);
  for (let n = 1; ; n++) {
    const path = join(dir, `queue-${safeName(name)}-${stamp}${n === 1 ? '' : `-${n}`}.csv`);
    try {
      await writeFile(path, csv, { encoding: 'utf8', flag: 'wx', mode: 0o600 });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
