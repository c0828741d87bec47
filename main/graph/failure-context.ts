import type { Technician } from '../../preload/contract';

/** What the technician's roles allow, as far as error translation needs to know. */
export interface TechnicianScope extends Pick<Technician, 'capability' | 'adminUnitScoped'> {
  /** A role that issues passes is eligible in PIM, not yet active: a block can say "activate it". */
  readonly canActivate?: string;
}

/**
 * What the app knew when a call failed. Graph answers "accessDenied / Request Authorization
 * failed" for a missing role, a privileged target and an out-of-scope user alike; this context
 * is how the translation tells the technician which one it was.
 */
export interface FailureContext {
  readonly operation: 'search' | 'card' | 'read' | 'mint' | 'revoke';
  /** The target holds a role (or role-assignable group) only a Privileged Auth Admin may touch. */
  readonly targetPrivileged?: boolean | null;
  readonly targetIsSelf?: boolean;
  readonly technician?: TechnicianScope | null;
  /** The TAP policy's state, when known: tells "policy off" from "user not targeted". */
  readonly policyState?: 'enabled' | 'disabled' | null;
  /** The policy's include groups, named ("'TAP users'"), for "ask an admin to add the user to …". */
  readonly policyGroups?: readonly string[];
}
