/**
 * The user card's reads, as the parts of one JSON `$batch`: the user, their methods, their TAP,
 * their directory roles (admin or not), the role-assignable groups they belong to or own, and
 * checkMemberGroups (20 ids per call) for the groups the cached policy targets or the deployment
 * calls privileged. The policy itself is read once per session. Every OData cast is an advanced
 * query ("List a user's memberships"): `ConsistencyLevel: eventual` and `$count=true`, per part.
 */
import type { BatchStep } from '../graph/batch';
import { USER_SELECT } from './search-query';

export const POLICY_PATH =
  'policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass';

/** checkMemberGroups answers at most 20 ids per call ("directoryObject: checkMemberGroups"). */
export const MAX_CHECKED_GROUPS = 20;

const eventual = { ConsistencyLevel: 'eventual' } as const;

/** The id of the checkMemberGroups part for the n-th chunk of 20 group ids. */
export const groupsPartId = (chunk: number): string => (chunk === 0 ? 'groups' : `groups-${chunk}`);

/** The group ids each checkMemberGroups part asks about, by part id. */
export function groupChunks(groupIds: readonly string[]): Map<string, readonly string[]> {
  const chunks = new Map<string, readonly string[]>();
  for (let i = 0; i < groupIds.length; i += MAX_CHECKED_GROUPS) {
    chunks.set(groupsPartId(i / MAX_CHECKED_GROUPS), groupIds.slice(i, i + MAX_CHECKED_GROUPS));
  }
  return chunks;
}

const objectId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/**
 * The roles the user may activate in PIM (issue 17 item 3: a pass satisfies MFA, so its holder
 * could activate them), tenant-wide and unit-scoped ("List roleEligibilityScheduleInstances").
 * `principalId` is an object id, so a card asked for by UPN has no such part and the card says
 * "not checked". Eligibility through a group is not listed here, but only role-assignable groups
 * can hold it, and membership of one already makes the user privileged (`roleGroups`).
 */
function eligibleRolesStep(userKey: string): BatchStep | null {
  if (!objectId.test(userKey)) return null;
  const filter = encodeURIComponent(`principalId eq '${userKey}'`);
  return { id: 'eligibleRoles', url: `/roleManagement/directory/roleEligibilityScheduleInstances?$filter=${filter}` };
}

export function cardSteps(userKey: string, groupIds: readonly string[]): BatchStep[] {
  const user = `/users/${encodeURIComponent(userKey)}`;
  const steps: BatchStep[] = [
    { id: 'user', url: `${user}?$select=${USER_SELECT}` },
    { id: 'methods', url: `${user}/authentication/methods` },
    { id: 'tap', url: `${user}/authentication/temporaryAccessPassMethods` },
    {
      id: 'roles',
      url: `${user}/transitiveMemberOf/microsoft.graph.directoryRole?$count=true&$select=id,displayName,roleTemplateId`,
      headers: eventual,
    },
    {
      // Members of role-assignable groups hold (or may be given) admin roles through the group:
      // only a Privileged Authentication Administrator may serve them.
      id: 'roleGroups',
      url: `${user}/transitiveMemberOf/microsoft.graph.group?$filter=isAssignableToRole%20eq%20true&$count=true&$select=id,displayName`,
      headers: eventual,
    },
    {
      // Owners of a role-assignable group control who holds its roles: privileged as well (A.4.1).
      id: 'ownedGroups',
      url: `${user}/ownedObjects/microsoft.graph.group?$count=true&$select=id,displayName,isAssignableToRole`,
      headers: eventual,
    },
  ];
  const eligible = eligibleRolesStep(userKey);
  if (eligible) steps.push(eligible);
  // For the identity check: the employee record's manager and a small photo (binary, base64 in the batch).
  steps.push({ id: 'manager', url: `${user}/manager?$select=id,displayName,jobTitle` });
  steps.push({ id: 'photo', url: `${user}/photos/48x48/$value` });
  for (const [id, chunk] of groupChunks(groupIds)) {
    steps.push({ id, method: 'POST', url: `${user}/checkMemberGroups`, body: { groupIds: chunk } });
  }
  return steps;
}
