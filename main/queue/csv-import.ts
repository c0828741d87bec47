/**
 * Reads a CSV of expected arrivals with csv-parse (a maintained parser: quoting, BOMs, CRLF), and
 * names every line it could not use and why, so the preview can show them. Columns, in any order
 * and letter case: `upn` (or `userPrincipalName`) or `employeeId`, `expected`, `ticket`, `note`.
 * Pure: no I/O; the clock's "today" is passed in for times without a date.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { queueRowLimit, type QueueRejectedLine } from '../../preload/contract';
import { normaliseTicket } from '../../preload/ticket-pattern';
import { parseExpected } from './expected-time';

export interface ImportedRow {
  readonly line: number;
  readonly key: { readonly kind: 'upn' | 'employeeId'; readonly value: string };
  readonly expectedAt?: string;
  readonly ticket: string;
  readonly note?: string;
}

export interface ImportResult {
  readonly rows: readonly ImportedRow[];
  readonly rejected: readonly QueueRejectedLine[];
}

export class QueueImportError extends Error {}

const aliases: Readonly<Record<string, keyof Columns>> = {
  upn: 'upn',
  userprincipalname: 'upn',
  employeeid: 'employeeId',
  'employee id': 'employeeId',
  expected: 'expected',
  'expected time': 'expected',
  ticket: 'ticket',
  note: 'note',
};

interface Columns {
  upn?: number;
  employeeId?: number;
  expected?: number;
  ticket?: number;
  note?: number;
}

// A UPN is user@domain with no spaces; the directory says whether it exists.
const upnShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const employeeIdShape = /^[^\s'"]{1,16}$/;
const maxNote = 200;

function columnsOf(header: readonly string[]): Columns {
  const columns: Columns = {};
  header.forEach((name, index) => {
    const key = aliases[name.trim().toLowerCase()];
    if (key && columns[key] === undefined) columns[key] = index;
  });
  if (columns.upn === undefined && columns.employeeId === undefined) {
    throw new QueueImportError('The first line must name the columns, with a "upn" or an "employeeId" column.');
  }
  if (columns.ticket === undefined) throw new QueueImportError('The first line must name a "ticket" column.');
  return columns;
}

type Read = { row: ImportedRow } | { reason: string };

function readRow(cells: readonly string[], line: number, columns: Columns, ticketPattern: string, today: number): Read {
  const cell = (i: number | undefined) => (i === undefined ? '' : (cells[i] ?? '').trim());
  const upn = cell(columns.upn);
  const employeeId = cell(columns.employeeId);
  if (!upn && !employeeId) return { reason: 'No UPN or employee ID.' };
  if (upn && !upnShape.test(upn)) return { reason: `"${upn}" is not a UPN (name@domain).` };
  if (!upn && !employeeIdShape.test(employeeId)) return { reason: `"${employeeId}" is not an employee ID (up to 16 characters, no spaces or quotes).` };
  const ticketText = cell(columns.ticket);
  if (!ticketText) return { reason: 'No ticket.' };
  const ticket = normaliseTicket(ticketPattern, ticketText);
  if (ticket === null) return { reason: `Ticket "${ticketText}" does not match your organisation's format.` };
  const expectedText = cell(columns.expected);
  const expectedAt = expectedText ? parseExpected(expectedText, today) : null;
  if (expectedText && expectedAt === null) return { reason: `Expected time "${expectedText}" is not a time (09:30, 2026-12-07 09:30 or ISO 8601).` };
  const note = cell(columns.note);
  if (note.length > maxNote) return { reason: `The note is longer than ${maxNote} characters.` };
  return {
    row: {
      line,
      key: upn ? { kind: 'upn', value: upn } : { kind: 'employeeId', value: employeeId },
      ...(expectedAt ? { expectedAt } : {}),
      ticket,
      ...(note ? { note } : {}),
    },
  };
}

/** A line csv-parse skipped, in a technician's words. */
function brokenLine(error: CsvError, lastRead: number): QueueRejectedLine {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    // The quote runs to the end of the file, so it opened on the line after the last one read.
    return { line: lastRead + 1, reason: 'A quote (") opens here and is never closed, so this line and the rest of the file could not be read.' };
  }
  return { line: Number(error.lines ?? 0), reason: `This line is not readable as CSV (${error.code.replace(/^CSV_|_/g, ' ').trim().toLowerCase()}); check its quotes and commas.` };
}

/** Parses the file; throws QueueImportError when the file as a whole cannot be used. */
export function importQueueCsv(text: string, ticketPattern: string, today: number): ImportResult {
  const rejected: QueueRejectedLine[] = [];
  const broken: CsvError[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      // Spreadsheets write a quote inside an unquoted cell as is (=HYPERLINK("x")): keep it as text.
      relax_quotes: true,
      skip_empty_lines: true,
      // One broken line (an unclosed quote, say) is named in the preview, not fatal.
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        if (error) broken.push(error);
      },
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw new QueueImportError(error instanceof CsvError ? `Not readable as CSV: ${error.message}` : 'Not readable as CSV.');
  }
  const lastRead = records.at(-1)?.info.lines ?? 0;
  // One broken record can raise more than one error: name its line once.
  for (const line of new Map(broken.map((e) => [brokenLine(e, lastRead).line, brokenLine(e, lastRead)])).values()) rejected.push(line);
  const [header, ...body] = records;
  if (!header) throw new QueueImportError('The file is empty.');
  const columns = columnsOf(header.record);
  if (body.length > queueRowLimit) {
    throw new QueueImportError(`The file has ${body.length} rows; a queue holds at most ${queueRowLimit}. Split it by day or by desk.`);
  }
  const rows: ImportedRow[] = [];
  const seen = new Map<string, number>();
  for (const { record, info } of body) {
    const read = readRow(record, info.lines, columns, ticketPattern, today);
    if ('reason' in read) {
      rejected.push({ line: info.lines, reason: read.reason });
      continue;
    }
    const identity = `${read.row.key.kind}:${read.row.key.value.toLowerCase()}`;
    const first = seen.get(identity);
    if (first !== undefined) {
      rejected.push({ line: info.lines, reason: `The same person as line ${first}.` });
      continue;
    }
    seen.set(identity, info.lines);
    rows.push(read.row);
  }
  rejected.sort((a, b) => a.line - b.line);
  return { rows, rejected };
}
