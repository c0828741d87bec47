/**
 * One pass over every segment: parses entries, checks the chain (hash, counter, link, segment
 * breaks) and remembers where the chain ends. Verify, list and open all use it, so they agree.
 */
import type { AuditVerification } from '../../preload/contract';
import { GENESIS_HASH, hashEntry, type AuditEntry } from './entry';
import { listSegments, readSegment, type SegmentRef } from './segments';

export interface JournalWalk {
  readonly verification: AuditVerification;
  /** Every entry that parsed, in file order, valid or not. */
  readonly entries: readonly AuditEntry[];
  /** The segment file of each entry in `entries` (same index): its place in the chain. */
  readonly files: readonly string[];
  /** The last whole entry that parsed: where new entries chain from. */
  readonly last?: { readonly seq: number; readonly hash: string };
  /** The newest segment, and its torn tail if it has one. */
  readonly newest?: SegmentRef & { readonly torn?: { readonly line: number } };
}

type Broken = NonNullable<AuditVerification['firstBroken']>;

/** Walks the journal in `folder`. Never throws for damaged content, only for I/O errors. */
export async function walkJournal(folder: string, desk?: string): Promise<JournalWalk> {
  const segments = await listSegments(folder, desk);
  const entries: AuditEntry[] = [];
  const files: string[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let firstBroken: Broken | undefined;
  let tornTail: { file: string; line: number } | undefined;
  let pendingBreak: { file: string; line: number; lastHash: string } | undefined;
  let last: JournalWalk['last'];
  let newest: JournalWalk['newest'];

  const flag = (broken: Broken): void => {
    firstBroken ??= broken;
  };

  for (const [i, segment] of segments.entries()) {
    const content = await readSegment(folder, segment.file);
    for (const { line, text } of content.lines) {
      const entry = parseEntry(text);
      if (!entry) {
        flag({ file: segment.file, line, reason: 'unparseable' });
        continue;
      }
      entries.push(entry);
      files.push(segment.file);
      last = { seq: entry.seq, hash: entry.hash };
      if (pendingBreak) {
        const recorded =
          entry.action === 'segment-start' && line === 1 && sameBreak(entry, pendingBreak);
        if (!recorded) {
          flag({
            file: pendingBreak.file,
            line: pendingBreak.line,
            reason: 'torn line not recorded by the next segment',
          });
        }
        pendingBreak = undefined;
      } else if (entry.action === 'segment-start' && (line !== 1 || entry.break !== undefined)) {
        flag({
          file: segment.file,
          line,
          reason: 'segment-start records a break that did not happen',
        });
      }
      if (hashEntry(entry) !== entry.hash) {
        flag({ file: segment.file, line, reason: 'hash mismatch' });
      } else if (entry.seq !== expectedSeq) {
        flag({
          file: segment.file,
          line,
          reason: `seq gap (expected ${expectedSeq}, found ${entry.seq})`,
        });
      } else if (entry.prevHash !== prevHash) {
        flag({ file: segment.file, line, reason: 'prev mismatch' });
      }
      expectedSeq = entry.seq + 1;
      prevHash = entry.hash;
    }
    if (content.torn) {
      tornTail ??= { file: segment.file, line: content.torn.line };
      if (i < segments.length - 1)
        pendingBreak = { file: segment.file, line: content.torn.line, lastHash: prevHash };
    }
    if (i === segments.length - 1) {
      newest = content.torn ? { ...segment, torn: { line: content.torn.line } } : segment;
    }
  }

  const verification: AuditVerification = {
    ok: firstBroken === undefined,
    entries: entries.length,
    segments: segments.length,
    ...(firstBroken ? { firstBroken } : {}),
    ...(tornTail ? { tornTail } : {}),
  };
  return { verification, entries, files, ...(last ? { last } : {}), ...(newest ? { newest } : {}) };
}

function sameBreak(
  entry: AuditEntry,
  expected: { file: string; line: number; lastHash: string },
): boolean {
  const recorded = entry.break;
  return (
    recorded !== undefined &&
    recorded.file === expected.file &&
    recorded.line === expected.line &&
    recorded.lastHash === expected.lastHash
  );
}

/** Parses one line into an entry, or undefined if it is not one. */
function parseEntry(text: string): AuditEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  const wellFormed =
    Number.isSafeInteger(record['seq']) &&
    typeof record['time'] === 'string' &&
    typeof record['action'] === 'string' &&
    typeof record['result'] === 'string' &&
    typeof record['prevHash'] === 'string' &&
    typeof record['hash'] === 'string';
  return wellFormed ? (record as unknown as AuditEntry) : undefined;
}
