/**
 * Reads forwarded records from what a security team has at hand: a Log Analytics query export
 * (JSON: an array of rows, or the query API's `tables`; or CSV), or the files rsyslog and
 * syslog-ng write (one message per line, whatever header they put in front). Every file in a
 * folder is read. Lines that are not TAP Desk records are skipped and counted, never guessed at.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ForwardRecord } from '../forward/record';
import { recordFromSyslog } from '../forward/syslog-frame';

export interface ReadResult {
  readonly records: ForwardRecord[];
  /** Files read, and lines or rows that were not TAP Desk records. */
  readonly files: number;
  readonly skipped: number;
}

export async function readRecords(paths: readonly string[]): Promise<ReadResult> {
  const records: ForwardRecord[] = [];
  let files = 0;
  let skipped = 0;
  for (const file of await expand(paths)) {
    files += 1;
    const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
    const found = parseText(text, extname(file).toLowerCase());
    records.push(...found.records);
    skipped += found.skipped;
  }
  return { records, files, skipped };
}

async function expand(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const names = (await readdir(path)).sort();
      out.push(...(await expand(names.map((name) => join(path, name)))));
    } else {
      out.push(path);
    }
  }
  return out;
}

function parseText(text: string, extension: string): { records: ForwardRecord[]; skipped: number } {
  const trimmed = text.trimStart();
  if (extension === '.json' || trimmed.startsWith('[') || trimmed.startsWith('{"tables"')) {
    try {
      return fromRows(jsonRows(JSON.parse(text)));
    } catch {
      // Not one JSON document: JSON Lines or syslog below.
    }
  }
  if (extension === '.csv') return fromRows(parse(text, { columns: true, skip_empty_lines: true, bom: true }));
  const records: ForwardRecord[] = [];
  let skipped = 0;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const record = line.trimStart().startsWith('{') ? recordFromJsonLine(line) : recordFromSyslog(line);
    if (record && isRecord(record)) records.push(normalise(record));
    else skipped += 1;
  }
  return { records, skipped };
}

/** Rows from a portal export (array of objects) or the query API (`tables[0]` columns + rows). */
function jsonRows(doc: unknown): Record<string, unknown>[] {
  if (Array.isArray(doc)) return doc as Record<string, unknown>[];
  const table = (doc as { tables?: { columns: { name: string }[]; rows: unknown[][] }[] }).tables?.[0];
  if (!table) throw new Error('not a query result');
  return table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.name, row[i]])));
}

function fromRows(rows: readonly Record<string, unknown>[]): { records: ForwardRecord[]; skipped: number } {
  const records: ForwardRecord[] = [];
  let skipped = 0;
  for (const row of rows) {
    if (isRecord(row)) records.push(normalise(row));
    else skipped += 1;
  }
  return { records, skipped };
}

function recordFromJsonLine(line: string): ForwardRecord | undefined {
  try {
    return JSON.parse(line) as ForwardRecord;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is ForwardRecord {
  const row = value as Record<string, unknown>;
  return (
    typeof row['DeskId'] === 'string' &&
    typeof row['EntryHash'] === 'string' &&
    typeof row['Entry'] === 'string' &&
    (typeof row['Seq'] === 'number' || /^\d+$/.test(String(row['Seq'])))
  );
}

/** CSV and some exports give every column as text. */
function normalise(record: ForwardRecord): ForwardRecord {
  return { ...record, Seq: Number(record.Seq), Demo: String(record.Demo) === 'true' };
}
