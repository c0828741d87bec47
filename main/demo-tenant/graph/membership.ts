import { createHash } from 'node:crypto';
import { roleTemplateIds } from '../directory/roles';
import type { DirectoryGroup } from '../directory/types';
import type { EmuResponse } from '../http/types';
import { authenticate, hasScope } from './authenticate';
import { jsonObjectBody } from './json-body';
import { fail, graphOk } from './respond';
import { entityContext, selectParser } from './select';
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

/**
 * An OData cast on a membership list is an advanced query: "List a user's memberships (direct
 * and transitive)" and "Advanced query capabilities on directory objects" require
 * `ConsistencyLevel: eventual` and `$count=true` with it. Graph refuses without both.
 */
function requireAdvancedQuery(call: GraphCall, cast: string): void {
  const eventual = (call.request.headers['consistencylevel'] ?? '').toLowerCase() === 'eventual';
  if (!eventual || queryOption(call, '$count')?.toLowerCase() !== 'true') {
    throw fail.unsupportedQuery(
      `OData cast to '${cast}' is only supported with advanced query parameters. Try adding $count=true query parameter and ConsistencyLevel:eventual header.`,
    );
  }
}

/** Scopes that read role objects in full; with only user or group scopes a role comes back as id and type ("limited information"). */
const fullRoleScopes = ['RoleManagement.Read.Directory', 'RoleManagement.Read.All', 'Directory.Read.All'];

/**
 * `GET /users/{id}/transitiveMemberOf/microsoft.graph.directoryRole`: tenant-wide roles, held
 * directly or through a role-assignable group (AU-scoped ones are scoped members, not members).
 */
function directoryRoles(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  const self = call.params['id'] === '@me';
  if (!hasScope(caller, ...roleScopes, ...(self ? ['User.Read'] : []))) throw fail.directoryDenied();
  requireAdvancedQuery(call, 'microsoft.graph.directoryRole');
  const user = resolveUser(call, caller);
  const tenantId = call.context.directory.tenant.tenantId;
  const full = hasScope(caller, ...fullRoleScopes);
  const held = [...new Set(user.roles.filter((r) => r.administrativeUnitId === undefined).map((r) => r.role))];
  const value = held.map((role) => {
    const id = roleObjectId(tenantId, roleTemplateIds[role]);
    return full
      ? { '@odata.type': '#microsoft.graph.directoryRole', id, deletedDateTime: null, description: `${role} role.`, displayName: role, roleTemplateId: roleTemplateIds[role] }
      : { '@odata.type': '#microsoft.graph.directoryRole', id, deletedDateTime: null, description: null, displayName: null, roleTemplateId: null };
  });
  return graphOk(call.request, {
    '@odata.context': `${call.context.origin}/${call.version}/$metadata#directoryRoles`,
    '@odata.count': value.length,
    value,
  });
}

interface Principal {
  readonly id: string;
  readonly roles: readonly { readonly role: keyof typeof roleTemplateIds; readonly administrativeUnitId?: string; readonly viaGroupId?: string }[];
}

/** Role assignments by principal: users' own, and role-assignable groups' (members inherit those, but the assignment names the group). */
function principals(call: GraphCall): Principal[] {
  const { directory } = call.context;
  const groups = [...directory.groups.values()].filter((g) => g.roles.length > 0);
  return [...directory.users.filter((u) => u.roles.some((r) => r.viaGroupId === undefined)), ...groups];
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
  const value = principals(call)
    .filter((p) => principal === null || p.id === principal)
    .flatMap((p) =>
      p.roles
        .filter((r) => r.viaGroupId === undefined)
        .map((r, i) => ({
          id: `${roleTemplateIds[r.role]}-${p.id}-${i}`,
          principalId: p.id,
          roleDefinitionId: roleTemplateIds[r.role],
          directoryScopeId: r.administrativeUnitId === undefined ? '/' : `/administrativeUnits/${r.administrativeUnitId}`,
        })),
    );
  return graphOk(call.request, { '@odata.context': `${call.context.origin}/${call.version}/$metadata#roleManagement/directory/roleAssignments`, value });
}

/**
 * `GET /users/{id}/transitiveMemberOf/microsoft.graph.group`, optionally
 * `$filter=isAssignableToRole eq true`: a cast, so an advanced query either way.
 */
function memberGroups(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, ...memberScopes)) throw fail.directoryDenied();
  const filter = queryOption(call, '$filter');
  if (filter !== null && !/^\s*isAssignableToRole\s+eq\s+true\s*$/iu.test(filter)) {
    throw fail.unsupportedQuery(`Unsupported or invalid query filter clause specified for property 'isAssignableToRole' of resource 'Group'.`);
  }
  requireAdvancedQuery(call, 'microsoft.graph.group');
  const user = resolveUser(call, caller);
  const groups = user.groupIds
    .map((id) => call.context.directory.groups.get(id))
    .filter((g): g is NonNullable<typeof g> => g !== undefined && (filter === null || g.isAssignableToRole));
  return groupList(call, groups);
}

function groupList(call: GraphCall, groups: readonly DirectoryGroup[]): EmuResponse {
  return graphOk(call.request, {
    '@odata.context': `${call.context.origin}/${call.version}/$metadata#groups`,
    '@odata.count': groups.length,
    value: groups.map((g) => ({ '@odata.type': '#microsoft.graph.group', id: g.id, displayName: g.displayName, isAssignableToRole: g.isAssignableToRole })),
  });
}

/** `GET /users/{id}/ownedObjects/microsoft.graph.group`: groups the user owns (a cast: advanced query). */
function ownedGroups(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, ...memberScopes)) throw fail.directoryDenied();
  requireAdvancedQuery(call, 'microsoft.graph.group');
  const user = resolveUser(call, caller);
  return groupList(call, [...call.context.directory.groups.values()].filter((g) => g.ownerIds.includes(user.id)));
}

/** The group properties the emulator models: all of them by default, any of them by `$select`. */
const groupProperties = ['id', 'displayName', 'description', 'isAssignableToRole'] as const;
const parseGroupSelect = selectParser('microsoft.graph.group', groupProperties, groupProperties);

/**
 * `GET /groups/{id}` ("Get group"): the basic properties, or those `$select` names; least
 * privileged GroupMember.Read.All.
 */
function getGroup(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, 'GroupMember.Read.All', 'Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All')) throw fail.directoryDenied();
  const id = (call.params['groupId'] ?? '').toLowerCase();
  const group = call.context.directory.groups.get(id);
  if (!group) throw fail.notFound(call.params['groupId'] ?? '');
  const selectRaw = queryOption(call, '$select');
  const properties = parseGroupSelect(selectRaw);
  return graphOk(call.request, {
    '@odata.context': entityContext(call.context.origin, call.version, 'groups', selectRaw, true),
    ...Object.fromEntries(properties.map((p) => [p, group[p]])),
  });
}

export const membershipRoutes: GraphRoute[] = [
  { method: 'GET', pattern: ['groups', ':groupId'], handler: getGroup },
  { method: 'GET', pattern: ['users', ':id', 'transitiveMemberOf', 'microsoft.graph.group'], handler: memberGroups },
  { method: 'GET', pattern: ['users', ':id', 'ownedObjects', 'microsoft.graph.group'], handler: ownedGroups },
  { method: 'POST', pattern: ['users', ':id', 'checkMemberGroups'], handler: checkMemberGroups },
  { method: 'GET', pattern: ['users', ':id', 'transitiveMemberOf', 'microsoft.graph.directoryRole'], handler: directoryRoles },
  { method: 'GET', pattern: ['roleManagement', 'directory', 'roleAssignments'], handler: roleAssignments },
];
