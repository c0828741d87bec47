/**
 * The audit entry schema and its hash chain. The schema has no field that could hold a pass or
 * a token: the journal builds entries field by field, so nothing unlisted reaches the disk.
 */
import { createHash } from 'node:crypto';
import type { AuditAction, HandoffEnd, VerificationTier } from '../../preload/contract';

export type AuditResult = 'success' | 'failure' | 'unknown';

/** A person in an entry: the technician or the target user. */
export interface AuditParty {
  readonly upn?: string;
  readonly id?: string;
}

/** Where a previous segment broke off: recorded by the first entry of the next segment. */
export interface AuditBreak {
  readonly file: string;
  readonly line: number;
  /** Hash of the last whole entry before the break (the one this segment chains from). */
  readonly lastHash: string;
}

/** What a caller supplies. Searches are deliberately not an action. */
export interface AuditInput {
  readonly action: Exclude<AuditAction, 'segment-start' | 'genesis'>;
  readonly result: AuditResult;
  readonly technician?: AuditParty;
  readonly target?: AuditParty;
  readonly ticket?: string;
  readonly tier?: VerificationTier;
  /** Ids of the checklist items the technician ticked; never what they saw. */
  readonly checklist?: readonly string[];
  readonly method?: string;
  /** UPN of the second technician present (privileged checklist), checked in the directory. */
  readonly secondTechnician?: string;
  readonly lifetimeInMinutes?: number;
  readonly startDateTime?: string;
  readonly isUsableOnce?: boolean;
  readonly errorCode?: string;
  /** PIM: the role and its scope ("Authentication Administrator (tenant-wide)"), the minutes asked for and why. */
  readonly role?: string;
  readonly roleMinutes?: number;
  readonly justification?: string;
  /** Graph `request-id`. */
  readonly requestId?: string;
  /** For 'handoff-end': how the pass left the screen. */
  readonly handoffEnd?: HandoffEnd;
  /** For a pass's entries after the mint: set only when it was shown on the customer display, not at the desk. */
  readonly shownOn?: 'customer-display';
  /** The onboarding queue a mint was served from (its file name). */
  readonly queue?: string;
  /** For 'registered': the method the person registered after the hand-over ("Microsoft Authenticator"). */
  readonly registered?: string;
}

/** One line of the journal. */
export interface AuditEntry extends Omit<AuditInput, 'action'> {
  readonly seq: number;
  readonly time: string;
  readonly action: AuditAction;
  readonly break?: AuditBreak;
  /** `genesis`: the desk this chain belongs to and why it (re)started. */
  readonly desk?: string;
  readonly reason?: string;
  /** Entries of the demo tenant's journal. */
  readonly demo?: true;
  readonly prevHash: string;
  readonly hash: string;
}

/** The `prevHash` of the very first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with keys sorted at every level, so the hash does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 (hex) over the canonical entry without its own `hash`; `prevHash` is inside it. */
export function hashEntry(entry: Omit<AuditEntry, 'hash'> | Record<string, unknown>): string {
  const rest: Record<string, unknown> = { ...entry };
  delete rest['hash'];
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}

/** Builds an entry from the caller's input, copying listed fields only. */
export function buildEntry(
  input: AuditInput,
  chain: { readonly seq: number; readonly prevHash: string },
  time: string,
): AuditEntry {
  const body: Omit<AuditEntry, 'hash'> = {
    seq: chain.seq,
    time,
    action: input.action,
    result: input.result,
    ...party('technician', input.technician),
    ...party('target', input.target),
    ...optional('ticket', input.ticket),
    ...optional('tier', input.tier),
    ...(input.checklist === undefined ? {} : { checklist: input.checklist.map(String) }),
    ...optional('method', input.method),
    ...optional('secondTechnician', input.secondTechnician),
    ...optional('lifetimeInMinutes', input.lifetimeInMinutes),
    ...optional('startDateTime', input.startDateTime),
    ...optional('isUsableOnce', input.isUsableOnce),
    ...optional('errorCode', input.errorCode),
    ...optional('role', input.role),
    ...optional('roleMinutes', input.roleMinutes),
    ...optional('justification', input.justification),
    ...optional('requestId', input.requestId),
    ...optional('handoffEnd', input.handoffEnd),
    ...optional('shownOn', input.shownOn),
    ...optional('registered', input.registered),
    ...optional('queue', input.queue),
    prevHash: chain.prevHash,
  };
  return { ...body, hash: hashEntry(body) };
}

/** The first entry of a segment opened after a torn line. */
export function buildSegmentStart(
  broken: AuditBreak,
  chain: { readonly seq: number; readonly prevHash: string },
  time: string,
): AuditEntry {
  const body: Omit<AuditEntry, 'hash'> = {
    seq: chain.seq,
    time,
    action: 'segment-start',
    result: 'success',
    break: { file: broken.file, line: broken.line, lastHash: broken.lastHash },
    prevHash: chain.prevHash,
  };
  return { ...body, hash: hashEntry(body) };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function party(
  key: 'technician' | 'target',
  value: AuditParty | undefined,
): Partial<Record<string, AuditParty>> {
  if (value === undefined) return {};
  return { [key]: { ...optional('upn', value.upn), ...optional('id', value.id) } };
}
