/**
 * Who is signed in, for the header: name, UPN and tenant from the ID token MSAL already holds,
 * and what they may do from the directory roles they hold. Roles that cannot be read (403, a
 * network failure) show as "unknown" and never block sign-in: Graph decides on every call anyway.
 */
import type { AccountInfo } from '@azure/msal-node';
import type { Technician } from '../../preload/contract';
import type { Http } from '../ports';
import { graphV1Root } from './scopes';

/** A directory role as Graph returns it. */
export interface DirectoryRole {
  readonly displayName?: string | null;
  readonly roleTemplateId?: string | null;
}

/** Role template ids are the same in every tenant; display names are the fallback. */
const roleTemplates = {
  privilegedAuthenticationAdministrator: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  authenticationAdministrator: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
} as const;

const roleNames: Record<string, string> = {
  [roleTemplates.privilegedAuthenticationAdministrator]: 'Privileged Authentication Administrator',
  [roleTemplates.globalAdministrator]: 'Global Administrator',
  [roleTemplates.authenticationAdministrator]: 'Authentication Administrator',
  [roleTemplates.globalReader]: 'Global Reader',
};

function holds(roles: readonly DirectoryRole[], templateId: string): boolean {
  const name = roleNames[templateId]?.toLowerCase();
  return roles.some(
    (role) => role.roleTemplateId?.toLowerCase() === templateId || role.displayName?.toLowerCase() === name,
  );
}

/**
 * What the roles allow for TAPs (A.4.1): Privileged Authentication Administrator or Global
 * Administrator act on everyone, Authentication Administrator on members only, Global Reader
 * reads. `undefined` means the roles could not be read.
 */
export function capabilityFor(roles: readonly DirectoryRole[] | undefined): Technician['capability'] {
  if (roles === undefined) return 'unknown';
  if (holds(roles, roleTemplates.privilegedAuthenticationAdministrator) || holds(roles, roleTemplates.globalAdministrator)) {
    return 'everyone';
  }
  if (holds(roles, roleTemplates.authenticationAdministrator)) return 'members';
  if (holds(roles, roleTemplates.globalReader)) return 'read-only';
  return 'none';
}

const MAX_PAGES = 5;

/**
 * Reads the signed-in technician's directory roles, or `undefined` when Graph will not say.
 * Roles held through role-assignable groups count (transitive).
 */
export async function readDirectoryRoles(
  http: Http,
  graphBaseUrl: string,
  token: string,
  signal?: AbortSignal,
): Promise<DirectoryRole[] | undefined> {
  const roles: DirectoryRole[] = [];
  let next: string | undefined =
    `${graphV1Root(graphBaseUrl)}/me/transitiveMemberOf/microsoft.graph.directoryRole?$select=displayName,roleTemplateId`;
  for (let page = 0; next && page < MAX_PAGES; page++) {
    let response: Response;
    try {
      response = await http.fetch(next, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json', ConsistencyLevel: 'eventual' },
        ...(signal ? { signal } : {}),
      });
    } catch {
      return undefined;
    }
    if (!response.ok) {
      await response.body?.cancel();
      return undefined;
    }
    const body = (await response.json().catch(() => null)) as { value?: unknown; '@odata.nextLink'?: unknown } | null;
    if (!body || !Array.isArray(body.value)) return undefined;
    roles.push(...(body.value as DirectoryRole[]));
    next = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
  }
  return roles;
}

/** The technician as the header shows them. */
export function technicianFrom(account: AccountInfo, roles: readonly DirectoryRole[] | undefined): Technician {
  const claims = account.idTokenClaims ?? {};
  const roleNamesRead = roles
    ?.map((role) => role.displayName ?? (role.roleTemplateId ? roleNames[role.roleTemplateId.toLowerCase()] : undefined))
    .filter((name): name is string => typeof name === 'string' && name.length > 0);
  return {
    id: claims.oid ?? account.localAccountId,
    displayName: account.name ?? claims.name ?? account.username,
    userPrincipalName: account.username,
    tenantId: claims.tid ?? account.tenantId,
    ...(roleNamesRead === undefined ? {} : { roles: roleNamesRead }),
    capability: capabilityFor(roles),
  };
}
