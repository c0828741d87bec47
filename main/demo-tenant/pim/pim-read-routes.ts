/**
 * PIM reads: eligibility and assignment schedule instances (all, or the caller's own through
 * `filterByCurrentUser(on='principal')`), the caller's own requests, and the role management
 * policy assignments with their rules. Reading other people's PIM data or the policies needs a
 * reader role as well as the scope ("PIM APIs for Microsoft Entra roles": read operations need
 * Global Reader, a Security role or Privileged Role Administrator); the caller's own instances
 * and requests do not. Eligibility held through a group is not returned by filterByCurrentUser
 * ("Activate Microsoft Entra roles in PIM").
 */
import { roleTemplateIds } from '../directory/roles';
import { hasTenantRole } from '../directory/roles';
import type { RoleName } from '../directory/types';
import type { EmuResponse } from '../http/types';
import { authenticate, hasScope, type Caller } from '../graph/authenticate';
import { fail, graphOk } from '../graph/respond';
import type { GraphCall, GraphRoute } from '../graph/route-types';
import { queryOption } from '../graph/target';
import { defaultRolePolicy } from './pim-model';
import { assignmentInstance, eligibilityInstance, policyAssignment, requestShape } from './pim-shapes';

const eligibilityScopes = ['RoleEligibilitySchedule.Read.Directory', 'RoleEligibilitySchedule.ReadWrite.Directory', 'RoleManagement.Read.All', 'RoleManagement.Read.Directory', 'RoleManagement.ReadWrite.Directory'];
const assignmentScopes = ['RoleAssignmentSchedule.Read.Directory', 'RoleAssignmentSchedule.ReadWrite.Directory', 'RoleManagement.Read.All', 'RoleManagement.Read.Directory', 'RoleManagement.ReadWrite.Directory'];
const policyScopes = ['RoleManagementPolicy.Read.Directory', 'RoleManagementPolicy.ReadWrite.Directory', 'RoleManagement.Read.All', 'RoleManagement.Read.Directory', 'RoleManagement.ReadWrite.Directory'];

/** The tenant-wide roles that may read PIM data about others. */
function mayReadOthers(caller: Caller): boolean {
  return hasTenantRole(caller.user, 'Global Reader', 'Privileged Role Administrator', 'Global Administrator');
}

const currentUserFunction = /^filterByCurrentUser\(on='principal'\)$/u;

/** `principalId eq '…'`, `roleDefinitionId eq '…'`, `id eq '…'`, `status eq '…'` joined by `and` / `or`. */
function parseFilter(call: GraphCall, allowed: readonly string[], resource: string): ((item: Record<string, unknown>) => boolean) | null {
  const filter = queryOption(call, '$filter');
  if (filter === null) return null;
  const orParts = filter.split(/\s+or\s+/iu).map((alt) =>
    alt.split(/\s+and\s+/iu).map((clause) => {
      const m = /^\s*\(?\s*(\w+)\s+eq\s+'([^']*)'\s*\)?\s*$/iu.exec(clause);
      const property = allowed.find((p) => p.toLowerCase() === m?.[1]?.toLowerCase());
      if (!m || !property) {
        throw fail.badRequest(`Invalid filter clause: the query specified in the URI is not valid for resource '${resource}'.`);
      }
      return { property, value: (m[2] ?? '').toLowerCase() };
    }),
  );
  return (item) => orParts.some((clauses) => clauses.every((c) => String(item[c.property] ?? '').toLowerCase() === c.value));
}

function list(call: GraphCall, entitySet: string, items: Record<string, unknown>[], allowed: readonly string[], resource: string): EmuResponse {
  const keep = parseFilter(call, allowed, resource);
  return graphOk(call.request, {
    '@odata.context': `${call.context.origin}/${call.version}/$metadata#${entitySet}`,
    value: keep ? items.filter(keep) : items,
  });
}

function own(call: GraphCall): boolean {
  const fn = call.params['fn'];
  if (fn === undefined) return false;
  if (!currentUserFunction.test(fn)) throw fail.badRequest(`Resource not found for the segment '${fn}'.`);
  return true;
}

function eligibilityInstances(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, ...eligibilityScopes)) throw fail.directoryDenied();
  const self = own(call);
  if (!self && !mayReadOthers(caller)) throw fail.directoryDenied();
  call.context.pim.settle(call.context.clock.now());
  const items = call.context.pim.eligibilities.filter((e) => !self || e.principalId === caller.user.id).map(eligibilityInstance);
  return list(call, self ? 'Collection(unifiedRoleEligibilityScheduleInstance)' : 'roleManagement/directory/roleEligibilityScheduleInstances', items, ['principalId', 'roleDefinitionId', 'directoryScopeId'], 'unifiedRoleEligibilityScheduleInstance');
}

function assignmentInstances(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, ...assignmentScopes)) throw fail.directoryDenied();
  const self = own(call);
  if (!self && !mayReadOthers(caller)) throw fail.directoryDenied();
  const { pim, directory } = call.context;
  pim.settle(call.context.clock.now());
  const activated = new Set(pim.activations.map((a) => a.assignment));
  const users = self ? [caller.user] : directory.users.filter((u) => u.roles.length > 0);
  const items = users.flatMap((u) =>
    u.roles
      .filter((r) => r.viaGroupId === undefined)
      .map((r, i) => {
        const activation = activated.has(r) ? pim.activations.find((a) => a.assignment === r) : undefined;
        const scope = r.administrativeUnitId === undefined ? '/' : `/administrativeUnits/${r.administrativeUnitId}`;
        return assignmentInstance({ id: `${roleTemplateIds[r.role]}-${u.id}-${String(i)}`, principalId: u.id, role: r.role, directoryScopeId: scope }, activation);
      }),
  );
  return list(call, self ? 'Collection(unifiedRoleAssignmentScheduleInstance)' : 'roleManagement/directory/roleAssignmentScheduleInstances', items, ['principalId', 'roleDefinitionId', 'directoryScopeId'], 'unifiedRoleAssignmentScheduleInstance');
}

/** `roleAssignmentScheduleRequests/filterByCurrentUser(on='principal')`: the caller's own requests. */
function ownRequests(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, ...assignmentScopes)) throw fail.directoryDenied();
  if (!own(call)) throw fail.directoryDenied();
  call.context.pim.settle(call.context.clock.now());
  const items = call.context.pim.requests.filter((r) => r.principalId === caller.user.id).map(requestShape);
  return list(call, 'Collection(unifiedRoleAssignmentScheduleRequest)', items, ['id', 'status', 'roleDefinitionId', 'directoryScopeId', 'action'], 'unifiedRoleAssignmentScheduleRequest');
}

/**
 * `GET /policies/roleManagementPolicyAssignments?$filter=scopeId eq '/' and scopeType eq
 * 'DirectoryRole'[ and roleDefinitionId eq '…']&$expand=policy($expand=rules)`: the filter on
 * scope is required, as Graph requires it.
 */
function policyAssignments(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, ...policyScopes)) throw fail.directoryDenied();
  if (!mayReadOthers(caller)) throw fail.directoryDenied();
  const filter = queryOption(call, '$filter') ?? '';
  if (!/scopeId\s+eq\s+'\/'/iu.test(filter) || !/scopeType\s+eq\s+'DirectoryRole'/iu.test(filter)) {
    throw fail.badRequest("The filter must specify scopeId and scopeType, for example: scopeId eq '/' and scopeType eq 'DirectoryRole'.");
  }
  const roleFilter = /roleDefinitionId\s+eq\s+'([^']*)'/iu.exec(filter)?.[1]?.toLowerCase();
  const expand = (queryOption(call, '$expand') ?? '').replace(/\s+/gu, '').toLowerCase();
  const { pim } = call.context;
  const value = (Object.keys(roleTemplateIds) as RoleName[])
    .filter((role) => roleFilter === undefined || roleTemplateIds[role] === roleFilter)
    .map((role) => {
      const full = policyAssignment(role, pim.policies.get(role) ?? defaultRolePolicy(), `DirectoryRole_${call.context.directory.tenant.tenantId}_${roleTemplateIds[role]}`);
      if (expand === 'policy($expand=rules)') return full;
      // Without the expand Graph leaves the policy out.
      return Object.fromEntries(Object.entries(full).filter(([key]) => key !== 'policy'));
    });
  return graphOk(call.request, { '@odata.context': `${call.context.origin}/${call.version}/$metadata#policies/roleManagementPolicyAssignments`, value });
}

const base = ['roleManagement', 'directory'];
export const pimReadRoutes: GraphRoute[] = [
  { method: 'GET', pattern: [...base, 'roleEligibilityScheduleInstances'], handler: eligibilityInstances },
  { method: 'GET', pattern: [...base, 'roleEligibilityScheduleInstances', ':fn'], handler: eligibilityInstances },
  { method: 'GET', pattern: [...base, 'roleAssignmentScheduleInstances'], handler: assignmentInstances },
  { method: 'GET', pattern: [...base, 'roleAssignmentScheduleInstances', ':fn'], handler: assignmentInstances },
  { method: 'GET', pattern: [...base, 'roleAssignmentScheduleRequests', ':fn'], handler: ownRequests },
  { method: 'GET', pattern: ['policies', 'roleManagementPolicyAssignments'], handler: policyAssignments },
];
