/**
 * `npm run audit:verify -- <files or folders> [--local <journal folder>]…` and the packaged app's
 * `--audit-verify` switch: reads forwarded records from many desks and prints, per desk, what
 * arrived and every finding. Exit status 0 when every desk is clean, 1 when anything was found,
 * 2 when the input could not be read.
 */
import { checkDesk, type DeskReport, type LocalChain } from './check-desk';
import { readLocalJournals } from './local-journals';
import { readRecords } from './read-records';

export interface VerifyRun {
  readonly output: string;
  readonly exitCode: 0 | 1 | 2;
  readonly reports: readonly DeskReport[];
}

const usage =
  'usage: audit:verify <forwarded records: files or folders> [--local <audit folder>]...\n' +
  '  records: Log Analytics export (JSON or CSV), JSON Lines, or rsyslog/syslog-ng files\n';

export async function runAuditVerify(args: readonly string[]): Promise<VerifyRun> {
  const inputs: string[] = [];
  const locals: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--local') {
      const next = args[i + 1];
      if (next === undefined) return { output: usage, exitCode: 2, reports: [] };
      locals.push(next);
      i += 1;
    } else if (arg === '--help' || arg === '-h') {
      return { output: usage, exitCode: 2, reports: [] };
    } else inputs.push(arg);
  }
  if (inputs.length === 0) return { output: usage, exitCode: 2, reports: [] };
  let read;
  const localByDesk = new Map<string, LocalChain>();
  try {
    read = await readRecords(inputs);
    for (const folder of locals) for (const [desk, chain] of await readLocalJournals(folder)) localByDesk.set(desk, chain);
  } catch (error) {
    return { output: `audit:verify: ${error instanceof Error ? error.message : String(error)}\n`, exitCode: 2, reports: [] };
  }
  const byDesk = new Map<string, typeof read.records>();
  for (const record of read.records) byDesk.set(record.DeskId, [...(byDesk.get(record.DeskId) ?? []), record]);
  for (const desk of localByDesk.keys()) if (!byDesk.has(desk)) byDesk.set(desk, []);
  const reports = [...byDesk.keys()].sort().map((desk) => checkDesk(desk, byDesk.get(desk) ?? [], localByDesk.get(desk)));
  const clean = reports.every((r) => r.findings.length === 0);
  const output = [
    `${read.records.length} records from ${read.files} files (${read.skipped} other lines skipped), ${reports.length} desks`,
    '',
    table(reports),
    '',
    ...reports.flatMap((r) => r.findings.map((f) => `${r.desk}: ${f.kind}: ${f.detail}`)),
    clean ? 'OK: every desk verifies.' : 'FINDINGS: see above.',
    '',
  ].join('\n');
  return { output, exitCode: clean ? 0 : 1, reports };
}

function table(reports: readonly DeskReport[]): string {
  const head = ['desk', 'entries', 'repeats', 'first', 'last', 'chains', 'not forwarded', 'findings'];
  const rows = reports.map((r) => [
    r.desk,
    String(r.entries),
    String(r.repeats),
    r.first ?? '-',
    r.last ?? '-',
    String(r.chains),
    String(r.notForwarded),
    r.findings.length === 0 ? 'none' : [...new Set(r.findings.map((f) => f.kind))].join(', '),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
