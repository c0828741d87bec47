/**
 * The user card's reads, as the parts of one JSON `$batch`: the user, their methods, their TAP,
 * their directory roles (admin or not), and checkMemberGroups for the groups the cached policy
 * targets or the deployment calls privileged. The policy itself is read once per session.
 */
import type { BatchStep } from '../graph/batch';
import { USER_SELECT } from './search-query';

export const POLICY_PATH =
  'policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass';

/** checkMemberGroups answers at most 20 ids per call. */
export const MAX_CHECKED_GROUPS = 20;

export function cardSteps(userKey: string, groupIds: readonly string[]): BatchStep[] {
  const user = `/users/${encodeURIComponent(userKey)}`;
  const steps: BatchStep[] = [
    { id: 'user', url: `${user}?$select=${USER_SELECT}` },
    { id: 'methods', url: `${user}/authentication/methods` },
    { id: 'tap', url: `${user}/authentication/temporaryAccessPassMethods` },
    {
      id: 'roles',
      url: `${user}/transitiveMemberOf/microsoft.graph.directoryRole?$select=id,displayName,roleTemplateId`,
    },
    {
      // Members of role-assignable groups hold (or may be given) admin roles through the group:
      // only a Privileged Authentication Administrator may serve them.
      id: 'roleGroups',
      url: `${user}/transitiveMemberOf/microsoft.graph.group?$filter=isAssignableToRole%20eq%20true&$count=true&$select=id`,
      headers: { ConsistencyLevel: 'eventual' },
    },
  ];
  if (groupIds.length > 0) {
    steps.push({
      id: 'groups',
      method: 'POST',
      url: `${user}/checkMemberGroups`,
      body: { groupIds: groupIds.slice(0, MAX_CHECKED_GROUPS) },
    });
  }
  return steps;
}
