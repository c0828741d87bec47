/**
 * CSV export of the journal (RFC 4180 quoting). Cells that a spreadsheet would run as a
 * formula are defused with a leading apostrophe: a ticket field typed by a technician must
 * not become `=HYPERLINK(…)` on an auditor's machine.
 */
import type { AuditEntry } from './entry';

const columns: ReadonlyArray<
  readonly [string, (e: AuditEntry) => string | number | boolean | undefined]
> = [
  ['seq', (e) => e.seq],
  ['time', (e) => e.time],
  ['action', (e) => e.action],
  ['result', (e) => e.result],
  ['technicianUpn', (e) => e.technician?.upn],
  ['technicianId', (e) => e.technician?.id],
  ['targetUpn', (e) => e.target?.upn],
  ['targetId', (e) => e.target?.id],
  ['ticket', (e) => e.ticket],
  ['tier', (e) => e.tier],
  ['checklist', (e) => e.checklist?.join(';')],
  ['method', (e) => e.method],
  ['secondTechnician', (e) => e.secondTechnician],
  ['lifetimeInMinutes', (e) => e.lifetimeInMinutes],
  ['startDateTime', (e) => e.startDateTime],
  ['isUsableOnce', (e) => e.isUsableOnce],
  ['errorCode', (e) => e.errorCode],
  ['requestId', (e) => e.requestId],
  ['handoffEnd', (e) => e.handoffEnd],
  ['shownOn', (e) => e.shownOn],
  ['registered', (e) => e.registered],
  ['queue', (e) => e.queue],
  ['break', (e) => (e.break ? `${e.break.file}:${e.break.line}` : undefined)],
  ['prevHash', (e) => e.prevHash],
  ['hash', (e) => e.hash],
];

/** One CSV cell: formula prefixes defused, quoted when it holds a quote, comma or line break. */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole export: a header row, then one row per entry, CRLF line ends. */
export function toCsv(entries: readonly AuditEntry[]): string {
  const header = columns.map(([name]) => name).join(',');
  const rows = entries.map((entry) => columns.map(([, get]) => csvCell(get(entry))).join(','));
  return [header, ...rows].map((row) => `${row}\r\n`).join('');
}
