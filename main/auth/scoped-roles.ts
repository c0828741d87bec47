/**
 * Roles assigned at administrative-unit scope. They never appear among the technician's directory
 * roles, so an AU-scoped Authentication Administrator would otherwise look like someone with no
 * role at all; Graph still enforces the unit on every call.
 */
import type { Http } from '../ports';
import type { DirectoryRole } from './technician';
import { graphV1Root } from './scopes';

const authenticationAdministrator = 'c4e39bd9-1100-46d3-8c65-fb160da0071f';

/** How an administrative-unit-scoped role is named for the header: its unit in brackets. */
export const adminUnitRoleName = 'Authentication Administrator (administrative unit)';

/** Whether a role name (as the header shows it) is limited to administrative units. */
export function isAdminUnitRole(name: string): boolean {
  return /\(.+\)$/.test(name);
}

interface RoleAssignment {
  readonly roleDefinitionId?: string;
  readonly directoryScopeId?: string;
}

/** The technician's Authentication Administrator assignments scoped to administrative units. */
export async function readScopedRoles(
  http: Http,
  graphBaseUrl: string,
  token: string,
  principalId: string,
  signal?: AbortSignal,
): Promise<DirectoryRole[]> {
  const filter = encodeURIComponent(`principalId eq '${principalId.replaceAll("'", "''")}'`);
  const url = `${graphV1Root(graphBaseUrl)}/roleManagement/directory/roleAssignments?$filter=${filter}`;
  try {
    const response = await http.fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      ...(signal ? { signal } : {}),
    });
    if (!response.ok) {
      await response.body?.cancel();
      return [];
    }
    const body = (await response.json()) as { value?: RoleAssignment[] };
    const scoped = (body.value ?? []).filter(
      (assignment) =>
        assignment.roleDefinitionId?.toLowerCase() === authenticationAdministrator &&
        assignment.directoryScopeId?.startsWith('/administrativeUnits/'),
    );
    return scoped.length > 0
      ? [{ displayName: adminUnitRoleName, roleTemplateId: authenticationAdministrator }]
      : [];
  } catch {
    return [];
  }
}
