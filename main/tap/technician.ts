/**
 * The signed-in technician as TAP decisions need them: who they are (self-issuance) and what
 * their roles allow. The auth layer supplies it; `capabilityOf` reads role names or template ids
 * with the auth layer's one role table.
 */
import type { Technician } from '../../preload/contract';
import { capabilityFor } from '../auth/technician';
import type { TechnicianScope } from '../graph/failure-context';
import { AppFailure } from '../kernel/result';

/** The contract's technician, narrowed to what TAP decisions read. */
export interface TechnicianContext extends TechnicianScope, Pick<Technician, 'id' | 'userPrincipalName'> {}

/**
 * The signed-in technician, or "not signed in" in a technician's words. `hint` says what signing
 * in leads back to, where a command has its own next step.
 */
export function requireTechnician(
  technician: () => TechnicianContext | null,
  hint = 'Sign in to continue.',
): TechnicianContext {
  const current = technician();
  if (!current) throw new AppFailure('not-signed-in', 'You are not signed in.', hint);
  return current;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a set of Entra roles (display names or template ids) allows for TAPs (A.4.1). */
export function capabilityOf(roles: readonly string[] | undefined): Technician['capability'] {
  return capabilityFor(
    roles?.map((role) => (guid.test(role) ? { roleTemplateId: role.toLowerCase() } : { displayName: role })),
  );
}
