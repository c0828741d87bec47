import { createHash } from 'node:crypto';
import { roleTemplateIds } from '../directory/roles';
import type { EmuResponse } from '../http/types';
import { authenticate, hasScope } from './authenticate';
import { jsonObjectBody } from './json-body';
import { fail, graphOk } from './respond';
import type { GraphCall, GraphRoute } from './route-types';
import { queryOption, resolveUser } from './target';

const memberScopes = ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All', 'User.Read.All'];
const roleScopes = ['RoleManagement.Read.Directory', 'Directory.Read.All', 'User.Read.All', 'GroupMember.Read.All'];

/** Activated directoryRole objects have their own id per tenant, distinct from the template id. */
const roleObjectId = (tenantId: string, templateId: string): string => {
  const h = createHash('sha256').update(`${tenantId}:${templateId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

/** `POST /users/{id}/checkMemberGroups` `{groupIds:[…]}` → the ids the user is a member of. */
function checkMemberGroups(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  const self = call.params['id'] === '@me';
  if (!hasScope(caller, ...memberScopes, ...(self ? ['User.Read'] : []))) throw fail.directoryDenied();
  const body = jsonObjectBody(call.request);
  const ids = body['groupIds'];
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw fail.requestBadRequest("Invalid value for parameter 'groupIds'.");
  if (ids.length > 20) throw fail.requestBadRequest('The number of groupIds exceeds the limit of 20.');
  const user = resolveUser(call, caller);
  const member = new Set(user.groupIds);
  return graphOk(call.request, {
    '@odata.context': `${call.context.origin}/${call.version}/$metadata#Collection(Edm.String)`,
    value: (ids as string[]).filter((id) => member.has(id.toLowerCase())),
  });
}

/** `GET /users/{id}/transitiveMemberOf/microsoft.graph.directoryRole`: tenant-wide roles only (AU-scoped ones are scoped members, not members). */
function directoryRoles(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  const self = call.params['id'] === '@me';
  if (!hasScope(caller, ...roleScopes, ...(self ? ['User.Read'] : []))) throw fail.directoryDenied();
  const user = resolveUser(call, caller);
  const tenantId = call.context.directory.tenant.tenantId;
  const value = user.roles
    .filter((r) => r.administrativeUnitId === undefined)
    .map((r) => ({
      '@odata.type': '#microsoft.graph.directoryRole',
      id: roleObjectId(tenantId, roleTemplateIds[r.role]),
      deletedDateTime: null,
      description: `${r.role} role.`,
      displayName: r.role,
      roleTemplateId: roleTemplateIds[r.role],
    }));
  return graphOk(call.request, { '@odata.context': `${call.context.origin}/${call.version}/$metadata#directoryRoles`, value });
}

/** `GET /roleManagement/directory/roleAssignments[?$filter=principalId eq '…']`: includes AU scopes. */
function roleAssignments(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, 'RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'Directory.Read.All')) throw fail.directoryDenied();
  const filter = queryOption(call, '$filter');
  let principal: string | null = null;
  if (filter !== null) {
    const match = /^\s*principalId\s+eq\s+'([^']*)'\s*$/iu.exec(filter);
    if (!match) throw fail.unsupportedQuery(`Unsupported or invalid query filter clause specified for property 'principalId' of resource 'unifiedRoleAssignment'.`);
    principal = (match[1] ?? '').toLowerCase();
  }
  const users = principal === null ? call.context.directory.users.filter((u) => u.roles.length > 0) : [call.context.directory.find(principal)].filter((u) => u !== undefined);
  const value = users.flatMap((u) =>
    u.roles.map((r, i) => ({
      id: `${roleTemplateIds[r.role]}-${u.id}-${i}`,
      principalId: u.id,
      roleDefinitionId: roleTemplateIds[r.role],
      directoryScopeId: r.administrativeUnitId === undefined ? '/' : `/administrativeUnits/${r.administrativeUnitId}`,
    })),
  );
  return graphOk(call.request, { '@odata.context': `${call.context.origin}/${call.version}/$metadata#roleManagement/directory/roleAssignments`, value });
}

/**
 * `GET /users/{id}/transitiveMemberOf/microsoft.graph.group`, optionally
 * `$filter=isAssignableToRole eq true`, which is an advanced query (ConsistencyLevel: eventual
 * and $count=true, as for other non-default filters on directory objects).
 */
function memberGroups(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, ...memberScopes)) throw fail.directoryDenied();
  const filter = queryOption(call, '$filter');
  let roleAssignableOnly = false;
  if (filter !== null) {
    if (!/^\s*isAssignableToRole\s+eq\s+true\s*$/iu.test(filter)) {
      throw fail.unsupportedQuery(`Unsupported or invalid query filter clause specified for property 'isAssignableToRole' of resource 'Group'.`);
    }
    const eventual = (call.request.headers['consistencylevel'] ?? '').toLowerCase() === 'eventual';
    if (!eventual || queryOption(call, '$count') !== 'true') {
      throw fail.unsupportedQuery(
        "Property 'isAssignableToRole' does not support filtering without the advanced query parameters. Try adding $count=true query parameter and ConsistencyLevel:eventual header.",
      );
    }
    roleAssignableOnly = true;
  }
  const user = resolveUser(call, caller);
  const groups = user.groupIds
    .map((id) => call.context.directory.groups.get(id))
    .filter((g): g is NonNullable<typeof g> => g !== undefined && (!roleAssignableOnly || g.isAssignableToRole));
  return graphOk(call.request, {
    '@odata.context': `${call.context.origin}/${call.version}/$metadata#groups(id,displayName)`,
    ...(roleAssignableOnly ? { '@odata.count': groups.length } : {}),
    value: groups.map((g) => ({ '@odata.type': '#microsoft.graph.group', id: g.id, displayName: g.displayName })),
  });
}

export const membershipRoutes: GraphRoute[] = [
  { method: 'GET', pattern: ['users', ':id', 'transitiveMemberOf', 'microsoft.graph.group'], handler: memberGroups },
  { method: 'POST', pattern: ['users', ':id', 'checkMemberGroups'], handler: checkMemberGroups },
  { method: 'GET', pattern: ['users', ':id', 'transitiveMemberOf', 'microsoft.graph.directoryRole'], handler: directoryRoles },
  { method: 'GET', pattern: ['roleManagement', 'directory', 'roleAssignments'], handler: roleAssignments },
];
