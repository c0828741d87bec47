/**
 * Who is signed in, for the header: name, UPN and tenant from the ID token MSAL already holds,
 * and what they may do from the directory roles they hold. Roles that cannot be read (403, a
 * network failure) show as "unknown" and never block sign-in: Graph decides on every call anyway.
 */
import type { AccountInfo } from '@azure/msal-node';
import type { Technician } from '../../preload/contract';
import type { TechnicianRoles, UnitRole } from './technician-roles';
import type { PimRules } from '../../preload/contract';
import { pimViewFrom } from '../pim/pim-read';

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
 * What tenant-wide roles allow for TAPs (A.4.1): Privileged Authentication Administrator or
 * Global Administrator act on everyone, Authentication Administrator on members only, Global
 * Reader reads. `undefined` means the roles could not be read; role objects without a name or
 * template id (read without RoleManagement.Read.Directory) could be anything, so they leave the
 * answer unknown unless a known role already grants the most.
 */
export function capabilityFor(roles: readonly DirectoryRole[] | undefined): Technician['capability'] {
  if (roles === undefined) return 'unknown';
  if (holds(roles, roleTemplates.privilegedAuthenticationAdministrator) || holds(roles, roleTemplates.globalAdministrator)) {
    return 'everyone';
  }
  if (roles.some((role) => !role.roleTemplateId && !role.displayName)) return 'unknown';
  if (holds(roles, roleTemplates.authenticationAdministrator)) return 'members';
  if (holds(roles, roleTemplates.globalReader)) return 'read-only';
  return 'none';
}

/**
 * Tenant-wide and unit-scoped roles together. A unit-scoped Authentication Administrator or
 * Privileged Authentication Administrator serves only role-free members of its units, so
 * either counts as "members" limited to administrative units, whatever read-only role is
 * also held tenant-wide.
 */
export function accessFor(roles: Pick<TechnicianRoles, 'tenantWide' | 'unitScoped'>): Pick<Technician, 'capability' | 'adminUnitScoped'> {
  const tenantWide = capabilityFor(roles.tenantWide);
  if (tenantWide === 'everyone' || tenantWide === 'members') return { capability: tenantWide, adminUnitScoped: false };
  if (roles.unitScoped.length > 0) return { capability: 'members', adminUnitScoped: true };
  return { capability: tenantWide, adminUnitScoped: false };
}

/** How a unit-scoped role is named in the header: "Authentication Administrator (administrative unit, through Munich desk)". */
export function unitRoleName(role: UnitRole): string {
  const name = roleNames[role.roleTemplateId] ?? role.roleTemplateId;
  return `${name} (administrative unit${role.viaGroup ? `, through ${role.viaGroup}` : ''})`;
}

/** The technician as the header shows them. */
export function technicianFrom(
  account: AccountInfo,
  roles: TechnicianRoles,
  learned: ReadonlyMap<string, PimRules> = new Map(),
): Technician {
  const claims = account.idTokenClaims ?? {};
  const tenantWideNames = roles.tenantWide
    ?.map((role) => role.displayName ?? (role.roleTemplateId ? roleNames[role.roleTemplateId.toLowerCase()] : undefined))
    .filter((name): name is string => typeof name === 'string' && name.length > 0);
  const unitNames = [...new Set(roles.unitScoped.map(unitRoleName))];
  return {
    id: claims.oid ?? account.localAccountId,
    displayName: account.name ?? claims.name ?? account.username,
    userPrincipalName: account.username,
    tenantId: claims.tid ?? account.tenantId,
    ...(tenantWideNames === undefined ? {} : { roles: [...tenantWideNames, ...unitNames] }),
    ...accessFor(roles),
    pim: pimViewFrom(roles.pim.parts, roles.pim.policies, learned),
  };
}
