/**
 * Turning journal entries into what the audit screen shows, and filtering them.
 */
import type { Args, AuditEntryView, HandoffEnd } from '../../preload/contract';
import type { AuditEntry } from './entry';

export type AuditFilter = Args<'audit.list'>;

const endText: Readonly<Record<HandoffEnd, string>> = {
  'handed-over': 'handed over',
  hidden: 'hidden by the technician',
  timeout: 'display time ran out',
  blur: 'window switched',
  'page-switched': 'another page opened',
  lock: 'screen locked',
  quit: 'app closed',
  closed: 'closed',
};

/** The view of one entry: who, whom, what, and a one-line detail. */
export function toView(entry: AuditEntry): AuditEntryView {
  const detail = describe(entry);
  return {
    seq: entry.seq,
    time: entry.time,
    action: entry.action,
    result: entry.result,
    ...(entry.technician?.upn === undefined ? {} : { technicianUpn: entry.technician.upn }),
    ...(entry.target?.upn === undefined ? {} : { targetUpn: entry.target.upn }),
    ...(entry.ticket === undefined ? {} : { ticket: entry.ticket }),
    ...(entry.tier === undefined ? {} : { tier: entry.tier }),
    ...(entry.errorCode === undefined ? {} : { errorCode: entry.errorCode }),
    ...(entry.requestId === undefined ? {} : { requestId: entry.requestId }),
    ...(detail === '' ? {} : { detail }),
  };
}

function describe(entry: AuditEntry): string {
  if (entry.action === 'genesis') return `Journal started on desk ${entry.desk ?? '?'}: ${entry.reason ?? ''}`;
  if (entry.action === 'segment-start' && entry.break) {
    return `Journal continued after an incomplete entry at ${entry.break.file} line ${entry.break.line}`;
  }
  const parts: string[] = [];
  if (entry.role !== undefined) parts.push(entry.role);
  if (entry.roleMinutes !== undefined) parts.push(`for ${entry.roleMinutes} min`);
  if (entry.justification !== undefined) parts.push(`because "${entry.justification}"`);
  if (entry.shownOn === 'customer-display') parts.push('shown on the customer display');
  if (entry.handoffEnd !== undefined) parts.push(`left the screen: ${endText[entry.handoffEnd]}`);
  if (entry.registered !== undefined) parts.push(`registered ${entry.registered}`);
  if (entry.lifetimeInMinutes !== undefined) parts.push(`${entry.lifetimeInMinutes} min`);
  if (entry.isUsableOnce !== undefined) parts.push(entry.isUsableOnce ? 'one-time' : 'multi-use');
  if (entry.startDateTime !== undefined) parts.push(`starts ${entry.startDateTime}`);
  if (entry.method !== undefined) parts.push(`verified by ${entry.method}`);
  if (entry.secondTechnician !== undefined) parts.push(`with ${entry.secondTechnician}`);
  if (entry.checklist !== undefined && entry.checklist.length > 0) {
    parts.push(`checked ${entry.checklist.join(', ')}`);
  }
  return parts.join('; ');
}

/** Whether an entry passes the screen's filters (dates inclusive, action exact, ticket and names as substrings). */
export function matches(entry: AuditEntry, filter: AuditFilter): boolean {
  const time = Date.parse(entry.time);
  if (filter.from !== undefined && !(time >= Date.parse(filter.from))) return false;
  if (filter.to !== undefined && !(time <= Date.parse(filter.to))) return false;
  if (filter.action !== undefined && entry.action !== filter.action) return false;
  if (!contains(entry.ticket, filter.ticket)) return false;
  if (!partyMatches(entry.technician, filter.technician)) return false;
  return partyMatches(entry.target, filter.target);
}

/** A blank needle matches everything; otherwise a case-insensitive substring of `value`. */
function contains(value: string | undefined, needle: string | undefined): boolean {
  const wanted = needle?.trim().toLowerCase() ?? '';
  return wanted === '' || value?.toLowerCase().includes(wanted) === true;
}

function partyMatches(party: AuditEntry['technician'], needle: string | undefined): boolean {
  const wanted = needle?.trim().toLowerCase() ?? '';
  if (wanted === '') return true;
  return [party?.upn, party?.id].some((value) => value?.toLowerCase().includes(wanted) === true);
}
