/** Turns the filter form (local dates, free text, an action) into `audit.list` arguments. */
import type { Args, AuditAction } from '../../../preload/contract';

/** What the filter form holds; `action` is '' for every action. */
export interface AuditFilterDraft {
  readonly from: string;
  readonly to: string;
  readonly technician: string;
  readonly target: string;
  readonly action: AuditAction | '';
  readonly ticket: string;
}

export const emptyAuditFilter: AuditFilterDraft = {
  from: '',
  to: '',
  technician: '',
  target: '',
  action: '',
  ticket: '',
};

/** Each action in a technician's words, in the order the filter offers them. */
export const auditActionLabels: Readonly<Record<AuditAction, string>> = {
  mint: 'Pass created',
  replace: 'Pass replaced',
  revoke: 'Pass revoked',
  copy: 'Pass copied',
  'spelling-shown': 'Spelling shown to the technician',
  'handoff-end': 'Pass left the screen',
  registered: 'Method registered',
  notice: 'Notice to the user',
  'sign-in': 'Signed in',
  'sign-out': 'Signed out',
  'role-activate': 'Role activation',
  'role-approval': 'Role approval',
  'role-deactivate': 'Role ended',
  'segment-start': 'Journal continued after a break',
  genesis: 'Journal started on this desk',
};

/** Local calendar days become instants: `from` at 00:00, `to` at the end of that day. */
export function toListArgs(draft: AuditFilterDraft): Args<'audit.list'> {
  const args: {
    from?: string;
    to?: string;
    technician?: string;
    target?: string;
    action?: AuditAction;
    ticket?: string;
  } = {};
  if (draft.from) args.from = new Date(`${draft.from}T00:00:00`).toISOString();
  if (draft.to) args.to = new Date(`${draft.to}T23:59:59.999`).toISOString();
  if (draft.technician.trim()) args.technician = draft.technician.trim();
  if (draft.target.trim()) args.target = draft.target.trim();
  if (draft.action) args.action = draft.action;
  if (draft.ticket.trim()) args.ticket = draft.ticket.trim();
  return args;
}
