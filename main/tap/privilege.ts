/**
 * Who counts as a privileged target: anyone an Authentication Administrator may not manage
 * (the "who can reset passwords" matrix, graph-msal-spec.md A.4.1), i.e. holders of any
 * directory role outside a short list.
 */
import { roleTemplates } from '../auth/role-templates';

/** A `directoryRole` from `transitiveMemberOf/microsoft.graph.directoryRole`. */
export interface DirectoryRoleRef {
  readonly id: string;
  readonly displayName?: string;
  readonly roleTemplateId?: string;
}

/** Roles an Authentication Administrator may still act on, by template id and lower-case name. */
const harmlessRoles = new Set(
  [
    roleTemplates.directoryReaders,
    roleTemplates.guestInviter,
    roleTemplates.messageCenterReader,
    roleTemplates.passwordAdministrator,
    roleTemplates.reportsReader,
    roleTemplates.usageSummaryReportsReader,
    roleTemplates.authenticationAdministrator,
  ].flatMap((role) => [role.id, role.name.toLowerCase()]),
);

function isHarmless(role: DirectoryRoleRef): boolean {
  const keys = [role.roleTemplateId, role.displayName].flatMap((k) => (k ? [k.toLowerCase()] : []));
  return keys.some((k) => harmlessRoles.has(k));
}

export function toRoleRef(entry: Record<string, unknown>): DirectoryRoleRef | null {
  if (typeof entry.id !== 'string') return null;
  return {
    id: entry.id,
    ...(typeof entry.displayName === 'string' ? { displayName: entry.displayName } : {}),
    ...(typeof entry.roleTemplateId === 'string' ? { roleTemplateId: entry.roleTemplateId } : {}),
  };
}

/** Holds any directory role at all (the card's "Admin" tag). */
export function holdsAdminRole(roles: readonly DirectoryRoleRef[]): boolean {
  return roles.length > 0;
}

/** Only a Privileged Authentication Administrator (or Global Admin) may manage this user's TAP. */
export function needsPrivilegedAuthAdmin(roles: readonly DirectoryRoleRef[]): boolean {
  return roles.some((role) => !isHarmless(role));
}

/**
 * The roles the user may activate in PIM (issue 17 item 3), or why they are not known: Graph
 * refused (the technician may not read others' eligibility), the read failed, or it was not
 * asked (a card read by UPN). Not knowing never raises the tier by itself: the card says so.
 */
export type EligibleRoles =
  | { readonly read: true; readonly roles: readonly DirectoryRoleRef[] }
  | { readonly read: false; readonly why: 'forbidden' | 'failed' | 'not-asked' };

/** Eligible for a role an Authentication Administrator may not serve: a privileged target. */
export function eligibleForPrivilegedRole(eligible: EligibleRoles | undefined): boolean {
  return eligible?.read === true && needsPrivilegedAuthAdmin(eligible.roles);
}
