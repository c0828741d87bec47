/**
 * Reads what the signed-in technician may do, as Entra evaluates it: tenant-wide directory roles
 * (held directly or through a role-assignable group) and role assignments scoped to
 * administrative units (held directly or through such a group). One `$batch`, and one more only
 * when the technician belongs to role-assignable groups. Casts are advanced queries, so each
 * carries `ConsistencyLevel: eventual` and `$count=true` ("List a user's memberships").
 */
import type { Http } from '../kernel/ports';
import { partSucceeded } from '../graph/batch';
import { graphV1Root } from './scopes';
import { idsOf, roleTemplates } from './role-templates';
import type { DirectoryRole } from './technician';
import { eligibleRoleIds, pimSteps, policySteps, type PimPart } from '../pim/pim-read';

/** A TAP-capable role assigned at administrative-unit scope. */
export interface UnitRole {
  readonly roleTemplateId: string;
  /** The role-assignable group that holds the assignment, when it is not the technician's own. */
  readonly viaGroup?: string;
}

export interface TechnicianRoles {
  /** Tenant-wide roles; `undefined` when Graph would not say. */
  readonly tenantWide: readonly DirectoryRole[] | undefined;
  readonly unitScoped: readonly UnitRole[];
  /** The PIM parts (eligible, active, open requests) and the eligible roles' policies, by role id. */
  readonly pim: { readonly parts: ReadonlyMap<string, PimPart>; readonly policies: ReadonlyMap<string, PimPart> };
}

interface Part {
  readonly status: number;
  readonly body: unknown;
}

interface BatchRequest {
  readonly id: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
}

const eventual = { ConsistencyLevel: 'eventual' };
const MAX_BATCH = 20;

/** Role template ids that may issue passes when assigned at unit scope. */
export const unitCapableRoles = idsOf([
  roleTemplates.authenticationAdministrator,
  roleTemplates.privilegedAuthenticationAdministrator,
]);

async function batch(
  http: Http,
  root: string,
  token: string,
  requests: readonly BatchRequest[],
  signal?: AbortSignal,
): Promise<Map<string, Part> | undefined> {
  try {
    const response = await http.fetch(`${root}/$batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ requests: requests.map((r) => ({ method: 'GET', ...r })) }),
      ...(signal ? { signal } : {}),
    });
    if (!response.ok) {
      await response.body?.cancel();
      return undefined;
    }
    const body = (await response.json()) as { responses?: { id?: unknown; status?: unknown; body?: unknown }[] };
    return new Map(
      (body.responses ?? []).flatMap((r) =>
        typeof r.id === 'string' && typeof r.status === 'number' ? [[r.id, { status: r.status, body: r.body }] as const] : [],
      ),
    );
  } catch {
    if (signal?.aborted) throw signal.reason;
    return undefined;
  }
}

function valueOf(part: Part | undefined): unknown[] | undefined {
  if (!part || !partSucceeded(part)) return undefined;
  const value = (part.body as { value?: unknown } | null)?.value;
  return Array.isArray(value) ? value : undefined;
}

interface Assignment {
  readonly roleDefinitionId?: string;
  readonly directoryScopeId?: string;
}

function unitRolesOf(part: Part | undefined, viaGroup?: string): UnitRole[] {
  return ((valueOf(part) ?? []) as Assignment[]).flatMap((a) => {
    const id = a.roleDefinitionId?.toLowerCase();
    if (!id || !unitCapableRoles.has(id) || !a.directoryScopeId?.startsWith('/administrativeUnits/')) return [];
    return [{ roleTemplateId: id, ...(viaGroup ? { viaGroup } : {}) }];
  });
}

const assignmentsOf = (principalId: string): string =>
  `/roleManagement/directory/roleAssignments?$filter=${encodeURIComponent(`principalId eq '${principalId.replaceAll("'", "''")}'`)}`;

/** Reads the technician's roles; never throws for a Graph refusal (the header then says "unknown"). */
export async function readTechnicianRoles(
  http: Http,
  graphBaseUrl: string,
  token: string,
  principalId: string,
  signal?: AbortSignal,
): Promise<TechnicianRoles> {
  const root = graphV1Root(graphBaseUrl);
  const first = await batch(
    http,
    root,
    token,
    [
      { id: 'roles', url: '/me/transitiveMemberOf/microsoft.graph.directoryRole?$count=true&$select=id,displayName,roleTemplateId', headers: eventual },
      { id: 'assignments', url: assignmentsOf(principalId) },
      { id: 'roleGroups', url: '/me/transitiveMemberOf/microsoft.graph.group?$count=true&$filter=isAssignableToRole%20eq%20true&$select=id,displayName', headers: eventual },
      ...pimSteps,
    ],
    signal,
  );
  const tenantWide = valueOf(first?.get('roles')) as DirectoryRole[] | undefined;
  const unitScoped = unitRolesOf(first?.get('assignments'));
  const groups = ((valueOf(first?.get('roleGroups')) ?? []) as { id?: unknown; displayName?: unknown }[]).flatMap((g) =>
    typeof g.id === 'string' ? [{ id: g.id, name: typeof g.displayName === 'string' ? g.displayName : g.id }] : [],
  );
  for (let i = 0; i < groups.length; i += MAX_BATCH) {
    const chunk = groups.slice(i, i + MAX_BATCH);
    const parts = await batch(http, root, token, chunk.map((g, n) => ({ id: String(n), url: assignmentsOf(g.id) })), signal);
    chunk.forEach((g, n) => unitScoped.push(...unitRolesOf(parts?.get(String(n)), g.name)));
  }
  const pimParts = new Map(pimSteps.flatMap((s) => (first?.has(s.id) ? [[s.id, first.get(s.id) as Part] as const] : [])));
  // Each eligible role's rules: one more request, only for technicians who have eligible roles.
  const roleIds = eligibleRoleIds(pimParts).slice(0, MAX_BATCH);
  const policies = roleIds.length > 0 ? ((await batch(http, root, token, policySteps(roleIds), signal)) ?? new Map<string, Part>()) : new Map<string, Part>();
  return { tenantWide, unitScoped, pim: { parts: pimParts, policies } };
}
