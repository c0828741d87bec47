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
import { namesById, roleTemplates, type RoleTemplate } from './role-templates';

/** A directory role as Graph returns it. */
export interface DirectoryRole {
  readonly displayName?: string | null;
  readonly roleTemplateId?: string | null;
}

/** The tenant-wide roles that decide capability; display names are the fallback for their ids. */
const { privilegedAuthenticationAdministrator, globalAdministrator, authenticationAdministrator, globalReader } =
  roleTemplates;

const roleNames = namesById([
  privilegedAuthenticationAdministrator,
  globalAdministrator,
  authenticationAdministrator,
  globalReader,
]);

function holds(roles: readonly DirectoryRole[], template: RoleTemplate): boolean {
  const name = template.name.toLowerCase();
  return roles.some(
    (role) => role.roleTemplateId?.toLowerCase() === template.id || role.displayName?.toLowerCase() === name,
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
  if (holds(roles, privilegedAuthenticationAdministrator) || holds(roles, globalAdministrator)) {
    return 'everyone';
  }
  if (roles.some((role) => !role.roleTemplateId && !role.displayName)) return 'unknown';
  if (holds(roles, authenticationAdministrator)) return 'members';
  if (holds(roles, globalReader)) return 'read-only';
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
