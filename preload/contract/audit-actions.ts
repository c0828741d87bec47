/**
 * The journal's actions. Part of the contract, kept free of zod so the renderer's audit filter
 * can import the list without bundling the schema library into the page.
 */
export type AuditAction =
  | 'sign-in'
  | 'sign-out'
  | 'mint'
  | 'replace'
  | 'revoke'
  /** The pass left the screen; `handoffEnd` says how. */
  | 'handoff-end'
  /** The technician copied the pass (never the value itself). */
  | 'copy'
  /** The technician asked for the read-aloud spelling of a pass on the customer display. */
  | 'spelling-shown'
  /** The person registered a passwordless method after the hand-over (`registered` names it). */
  | 'registered'
  /** The user's notice that a pass was issued was sent (or failed). */
  | 'notice'
  /** PIM: a role activation asked for, waited on for approval, or ended early. */
  | 'role-activate'
  | 'role-approval'
  | 'role-deactivate'
  | 'segment-start'
  /** The first entry of a new chain: names the desk and why the chain (re)started. */
  | 'genesis';

/**
 * Every action, for the audit view's action filter. A record, so adding an action to the union
 * without listing it here is a compile error, and so is listing one the union lacks.
 */
const auditActionSet: Readonly<Record<AuditAction, true>> = {
  'sign-in': true,
  'sign-out': true,
  mint: true,
  replace: true,
  revoke: true,
  'handoff-end': true,
  copy: true,
  'spelling-shown': true,
  registered: true,
  notice: true,
  'role-activate': true,
  'role-approval': true,
  'role-deactivate': true,
  'segment-start': true,
  genesis: true,
};
export const auditActions = Object.keys(auditActionSet) as [AuditAction, ...AuditAction[]];
