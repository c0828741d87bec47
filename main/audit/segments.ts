/**
 * Reading the journal's segment files (`journal-<desk>-0001.jsonl`, …): which exist, and each
 * one's whole lines plus any torn tail (bytes after the last newline, left by a crash mid-write).
 * The desk id in the name keeps one chain per desk in a shared folder. Journals without a desk
 * (`journal-0001.jsonl`, written before desk ids) are read only as such, never mixed into a desk's.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const SEGMENT = /^journal-(?:(.+)-)?(\d{4,})\.jsonl$/;

/** A segment's file name for its number: `journal-<desk>-0001.jsonl` (no desk: `journal-0001.jsonl`). */
export function segmentName(index: number, desk?: string): string {
  return `journal-${desk === undefined ? '' : `${desk}-`}${String(index).padStart(4, '0')}.jsonl`;
}

export interface SegmentRef {
  readonly index: number;
  readonly file: string;
}

/** The segments of `desk`'s chain in `folder`, oldest first; none if the folder does not exist yet. */
export async function listSegments(folder: string, desk?: string): Promise<SegmentRef[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const refs: SegmentRef[] = [];
  for (const file of names) {
    const match = SEGMENT.exec(file);
    if (match?.[2] !== undefined && match[1] === desk) refs.push({ index: Number(match[2]), file });
  }
  return refs.sort((a, b) => a.index - b.index);
}

export interface SegmentLine {
  /** 1-based line number in the file, as a text editor shows it. */
  readonly line: number;
  readonly text: string;
}

export interface SegmentContent {
  readonly file: string;
  readonly lines: readonly SegmentLine[];
  /** The incomplete last line, if the file does not end with a newline. */
  readonly torn?: SegmentLine;
}

/** Splits a segment into whole lines and a torn tail. */
export async function readSegment(folder: string, file: string): Promise<SegmentContent> {
  const text = await readFile(join(folder, file), 'utf8');
  const parts = text.split('\n');
  // After split, the last part is whatever follows the final newline: '' for a clean file.
  const tail = parts.pop() ?? '';
  const lines = parts.map((part, i) => ({ line: i + 1, text: part }));
  return tail.length > 0
    ? { file, lines, torn: { line: parts.length + 1, text: tail } }
    : { file, lines };
}
