/**
 * What the header and the activation dialog say about PIM roles, as pure functions of what main
 * read. Only what was read: rules TAP Desk could not read are said to be unknown, never "none".
 */
import type { PimProgress, PimRole, PimRules, PimView } from '../../../preload/contract';
import { formatClock, formatMinutes } from '../../ui/format-time';

export const roleLabel = (role: PimRole): string => `${role.roleName} (${role.scopeName})`;

/** States in which main is still working on a role: the header shows them before anything else. */
const busyStates = new Set<PimProgress['state']>(['signing-in-again', 'activating', 'pending-approval']);
export const isBusy = (state: PimProgress['state']): boolean => busyStates.has(state);
/** Outcomes worth keeping on the header until the technician has seen them. */
export const isNews = (state: PimProgress['state']): boolean => state === 'denied' || state === 'failed';

export interface HeaderLine {
  /** The button's short text (it never wraps). */
  readonly text: string;
  /** The same, in full, for the tooltip and screen readers. */
  readonly full: string;
  readonly tone: 'busy' | 'active' | 'eligible' | 'problem' | 'unknown';
}

/**
 * The header's one line: a progress or an unseen outcome first, then what is active and until
 * when, then what could be activated. Null when there is nothing to say (no eligible role).
 */
export function headerLine(view: PimView | undefined, last: PimProgress | null): HeaderLine | null {
  if (last && isBusy(last.state)) {
    const text = last.state === 'pending-approval' ? 'PIM: awaiting approval' : last.state === 'signing-in-again' ? 'PIM: signing in again…' : 'PIM: activating…';
    return { text, full: last.message, tone: 'busy' };
  }
  if (last && isNews(last.state)) {
    return { text: last.state === 'denied' ? 'PIM: request denied' : 'PIM: not active yet', full: last.message, tone: 'problem' };
  }
  if (!view) return null;
  if (view.state === 'unavailable') return { text: 'PIM: roles not read', full: view.reason, tone: 'unknown' };
  const roles = view.roles;
  if (roles.length === 0) return null;
  const waiting = roles.find((r) => r.state === 'pending-approval');
  if (waiting) return { text: 'PIM: awaiting approval', full: `${roleLabel(waiting)} waits for an approver.`, tone: 'busy' };
  const starting = roles.find((r) => r.state === 'activating');
  if (starting) return { text: 'PIM: activating…', full: `${roleLabel(starting)} is taking effect.`, tone: 'busy' };
  const active = roles.filter((r) => r.state === 'active');
  if (active.length > 0) {
    const ends = active.flatMap((r) => (r.activeUntil ? [r.activeUntil] : [])).sort();
    const first = ends[0];
    const names = active.map((r) => activeLine(r)).join('; ');
    return { text: first ? `PIM: active until ${formatClock(first)}` : 'PIM: active', full: names, tone: 'active' };
  }
  const n = roles.length;
  return { text: 'Activate a role', full: `You may activate ${String(n)} ${n === 1 ? 'role' : 'roles'} in Privileged Identity Management.`, tone: 'eligible' };
}

/** "Authentication Administrator (tenant-wide) is active until 14:30" (or "…, end not read"). */
export function activeLine(role: PimRole): string {
  return role.activeUntil ? `${roleLabel(role)} is active until ${formatClock(role.activeUntil)}` : `${roleLabel(role)} is active (end time not read)`;
}

/**
 * Main's progress as shown: once the role is active, its end time comes from the roles main
 * re-read, in local time (main's own line carries it as an ISO instant).
 */
export function shownProgress(last: PimProgress | null, roles: readonly PimRole[]): PimProgress | null {
  if (last?.state !== 'active') return last;
  const role = roles.find((r) => r.key === last.roleKey && r.state === 'active');
  return role ? { ...last, message: `${activeLine(role)}.` } : last;
}

/** A role's state in the list under the header button. */
export function stateLine(role: PimRole): string {
  switch (role.state) {
    case 'active':
      return role.activeUntil ? `Active until ${formatClock(role.activeUntil)}` : 'Active (end time not read)';
    case 'activating':
      return 'Taking effect…';
    case 'pending-approval':
      return 'Waiting for an approver';
    case 'eligible':
      return `Eligible · ${rulesLine(role.rules)}`;
  }
}

/** What activating needs, as far as it is known. */
export function rulesLine(rules: PimRules): string {
  if (rules.source === 'unknown') return `up to ${formatMinutes(rules.maxMinutes)}; its rules could not be read`;
  const needs = [
    ...(rules.justification ? ['justification'] : []),
    ...(rules.ticket ? ['ticket'] : []),
    ...(rules.approval ? ['approval'] : []),
    ...(rules.mfa || rules.authContext ? ['stronger sign-in'] : []),
  ];
  const learned = rules.source === 'learned' ? ' (learned from Entra)' : '';
  return `up to ${formatMinutes(rules.maxMinutes)}${needs.length ? `; needs ${needs.join(', ')}` : ''}${learned}`;
}

const presets = [30, 60, 120, 240, 480];

/** Durations offered: never more than the maximum the rules allow, and the maximum itself. */
export function durationChoices(maxMinutes: number): number[] {
  const max = Math.max(5, Math.floor(maxMinutes));
  return [...new Set([...presets.filter((m) => m < max), max])].sort((a, b) => a - b);
}

/** A shift's worth by default (4 h), clamped to the maximum. */
export function defaultMinutes(maxMinutes: number): number {
  return Math.min(240, Math.max(5, Math.floor(maxMinutes)));
}

/** The line under the duration: where its maximum comes from. */
export function durationHint(rules: PimRules): string {
  const max = formatMinutes(rules.maxMinutes);
  if (rules.source === 'policy') return `At most ${max}, as the role's policy allows.`;
  if (rules.source === 'learned') return `At most ${max}. Learned from Entra's answer; the policy could not be read.`;
  return `At most ${max} (Entra's limit). TAP Desk could not read this role's policy, so Entra may allow less.`;
}
