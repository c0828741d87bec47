/**
 * The signed-in technician as TAP decisions need them: who they are (self-issuance) and what
 * their roles allow. The auth layer supplies it; `capabilityOf` maps role names or template ids.
 */
import type { Technician } from '../../preload/contract';
import type { TechnicianScope } from '../graph/failure-context';

export interface TechnicianContext extends TechnicianScope {
  readonly id: string;
  readonly userPrincipalName: string;
}

const everyone = new Set([
  'global administrator',
  '62e90394-69f5-4237-9190-012177145e10',
  'privileged authentication administrator',
  '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
]);
const members = new Set(['authentication administrator', 'c4e39bd9-1100-46d3-8c65-fb160da0071f']);
const readers = new Set(['global reader', 'f2ef992c-3afb-46b9-b7cf-a126ee74c451']);

/** What a set of Entra roles (display names or template ids) allows for TAPs (A.4.1). */
export function capabilityOf(roles: readonly string[] | undefined): Technician['capability'] {
  if (roles === undefined) return 'unknown';
  const lower = roles.map((r) => r.toLowerCase());
  if (lower.some((r) => everyone.has(r))) return 'everyone';
  if (lower.some((r) => members.has(r))) return 'members';
  if (lower.some((r) => readers.has(r))) return 'read-only';
  return 'none';
}
