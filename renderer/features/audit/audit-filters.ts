/** Turns the filter form (local dates, free text) into `audit.list` arguments. */
import type { Args } from '../../../preload/contract';

/** What the filter form holds. */
export interface AuditFilterDraft {
  readonly from: string;
  readonly to: string;
  readonly technician: string;
  readonly target: string;
}

/** Local calendar days become instants: `from` at 00:00, `to` at the end of that day. */
export function toListArgs(draft: AuditFilterDraft): Args<'audit.list'> {
  const args: { from?: string; to?: string; technician?: string; target?: string } = {};
  if (draft.from) args.from = new Date(`${draft.from}T00:00:00`).toISOString();
  if (draft.to) args.to = new Date(`${draft.to}T23:59:59.999`).toISOString();
  if (draft.technician.trim()) args.technician = draft.technician.trim();
  if (draft.target.trim()) args.target = draft.target.trim();
  return args;
}
