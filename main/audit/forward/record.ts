/**
 * One journal entry as the log pipeline receives it: the columns a SIEM query needs, plus the
 * chain position (desk, segment, seq, entry hash, previous hash) and the entry itself, exactly as
 * the journal holds it, so the central verifier can recompute every hash. An entry never holds a
 * pass (entry.ts builds entries field by field), and the forwarder checks each record again.
 */
import type { AuditEntry } from '../entry';

/** Bumped when the record's shape changes; the verifier reads every version it knows. */
export const recordVersion = 1;

export interface ForwardRecord {
  readonly TimeGenerated: string;
  readonly RecordVersion: number;
  readonly DeskId: string;
  readonly Segment: string;
  readonly Seq: number;
  readonly EntryHash: string;
  readonly PrevHash: string;
  readonly Action: string;
  readonly Result: string;
  readonly TechnicianUpn?: string;
  readonly TargetUpn?: string;
  readonly TargetId?: string;
  readonly Ticket?: string;
  readonly RequestId?: string;
  readonly Demo: boolean;
  /** The journal line: canonical enough to hash again (hashEntry over its parsed object). */
  readonly Entry: string;
}

export function toForwardRecord(entry: AuditEntry, desk: string, segment: string): ForwardRecord {
  return {
    TimeGenerated: entry.time,
    RecordVersion: recordVersion,
    DeskId: desk,
    Segment: segment,
    Seq: entry.seq,
    EntryHash: entry.hash,
    PrevHash: entry.prevHash,
    Action: entry.action,
    Result: entry.result,
    ...(entry.technician?.upn === undefined ? {} : { TechnicianUpn: entry.technician.upn }),
    ...(entry.target?.upn === undefined ? {} : { TargetUpn: entry.target.upn }),
    ...(entry.target?.id === undefined ? {} : { TargetId: entry.target.id }),
    ...(entry.ticket === undefined ? {} : { Ticket: entry.ticket }),
    ...(entry.requestId === undefined ? {} : { RequestId: entry.requestId }),
    Demo: entry.demo === true,
    Entry: JSON.stringify(entry),
  };
}
