import type { DirectoryUser, RoleName } from './types';

/** Role template ids (graph-msal-spec.md A.4.1). Built-in role definitions use the template id. */
export const roleTemplateIds: Readonly<Record<RoleName, string>> = {
  'Global Administrator': '62e90394-69f5-4237-9190-012177145e10',
  'Privileged Authentication Administrator': '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
  'Authentication Administrator': 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  'Authentication Policy Administrator': '0526716b-113d-4c15-b2c8-68e3c22b9f80',
  'Global Reader': 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  'User Administrator': 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  'Helpdesk Administrator': '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  'Password Administrator': '966707d0-3269-4727-9be2-8c3a10f19b9d',
  'Directory Readers': '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  'Reports Reader': '4a5d8f65-41da-4de4-8968-e035b65339cf',
  'Privileged Role Administrator': 'e8611ab8-c189-46e8-94e1-60213ab1f814',
};

export const roleNames = Object.keys(roleTemplateIds) as RoleName[];

export function isRoleName(value: unknown): value is RoleName {
  return typeof value === 'string' && value in roleTemplateIds;
}

/**
 * Roles an Authentication Administrator may still act on (the "Who can reset passwords" matrix,
 * A.4.1). Anyone holding another role is a privileged target.
 */
const nonPrivilegedRoles: ReadonlySet<RoleName> = new Set<RoleName>([
  'Directory Readers',
  'Password Administrator',
  'Reports Reader',
  'Authentication Administrator',
]);

/** Where role-assignable groups are: membership or ownership of one makes a user privileged. */
export interface RoleAssignableGroups {
  readonly roleAssignableGroupIds: ReadonlySet<string>;
  readonly roleAssignableOwnerIds: ReadonlySet<string>;
}

/**
 * True when only a Privileged Authentication Administrator or Global Admin may manage the user
 * tenant-wide: any role outside the harmless list, or membership or ownership of a
 * role-assignable group (A.4.1).
 */
export function isPrivilegedTarget(user: DirectoryUser, groups: RoleAssignableGroups): boolean {
  if (user.roles.some((r) => !nonPrivilegedRoles.has(r.role))) return true;
  if (groups.roleAssignableOwnerIds.has(user.id)) return true;
  return user.groupIds.some((g) => groups.roleAssignableGroupIds.has(g));
}

/**
 * The stricter rule at administrative-unit scope ("Assign Microsoft Entra roles with
 * administrative unit scope"): a unit-scoped admin may not take sensitive actions on a member
 * who holds any role at all, or who is privileged through a group.
 */
export function isSensitiveAtUnitScope(user: DirectoryUser, groups: RoleAssignableGroups): boolean {
  return user.roles.length > 0 || isPrivilegedTarget(user, groups);
}

/** Tenant-wide roles only: AU-scoped assignments never reach the `wids` claim. */
export function tenantWideRoleIds(user: DirectoryUser): string[] {
  return user.roles.filter((r) => r.administrativeUnitId === undefined).map((r) => roleTemplateIds[r.role]);
}

export function hasTenantRole(user: DirectoryUser, ...roles: RoleName[]): boolean {
  return user.roles.some((r) => r.administrativeUnitId === undefined && roles.includes(r.role));
}

/** AU ids in which the user holds one of `roles`. */
export function scopedRoleUnits(user: DirectoryUser, ...roles: RoleName[]): string[] {
  return user.roles.flatMap((r) =>
    r.administrativeUnitId !== undefined && roles.includes(r.role) ? [r.administrativeUnitId] : [],
  );
}
