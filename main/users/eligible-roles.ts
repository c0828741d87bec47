/**
 * The card's `eligibleRoles` part (roleEligibilityScheduleInstances for the user) as role refs
 * the privilege rules understand. Graph names the role only by template id, so the name comes
 * from the built-in list; an unknown (custom) role keeps its id and counts as privileged.
 */
import { partSucceeded, type BatchPart } from '../graph/batch';
import { roleNameOf } from '../pim/role-names';
import type { EligibleRoles } from '../tap/privilege';

interface Instance {
  readonly id?: unknown;
  readonly roleDefinitionId?: unknown;
  readonly directoryScopeId?: unknown;
}

export function eligibleRolesOf(part: BatchPart | undefined): EligibleRoles {
  if (!part) return { read: false, why: 'not-asked' };
  if (part.status === 401 || part.status === 403) return { read: false, why: 'forbidden' };
  const value = (part.body as { value?: unknown } | null | undefined)?.value;
  if (!partSucceeded(part) || !Array.isArray(value)) return { read: false, why: 'failed' };
  const roles = (value as Instance[]).flatMap((i) => {
    if (typeof i.roleDefinitionId !== 'string') return [];
    const scoped = typeof i.directoryScopeId === 'string' && i.directoryScopeId !== '/';
    return [
      {
        id: typeof i.id === 'string' ? i.id : i.roleDefinitionId,
        roleTemplateId: i.roleDefinitionId,
        displayName: `${roleNameOf(i.roleDefinitionId)}${scoped ? ' (administrative unit)' : ''}`,
      },
    ];
  });
  return { read: true, roles };
}
