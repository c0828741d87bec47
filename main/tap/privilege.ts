/**
 * Who counts as a privileged target: anyone an Authentication Administrator may not manage
 * (the "who can reset passwords" matrix, graph-msal-spec.md A.4.1), i.e. holders of any
 * directory role outside a short list.
 */

/** A `directoryRole` from `transitiveMemberOf/microsoft.graph.directoryRole`. */
export interface DirectoryRoleRef {
  readonly id: string;
  readonly displayName?: string;
  readonly roleTemplateId?: string;
}

/** Roles an Authentication Administrator may still act on, by template id and name. */
const harmlessRoles = new Set([
  '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  'directory readers',
  '95e79109-95c0-4d8e-aee3-d01accf2d47b',
  'guest inviter',
  '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b',
  'message center reader',
  '966707d0-3269-4727-9be2-8c3a10f19b9d',
  'password administrator',
  '4a5d8f65-41da-4de4-8968-e035b65339cf',
  'reports reader',
  '75934031-6c7e-415a-99d7-48dbd49e875e',
  'usage summary reports reader',
  'c4e39bd9-1100-46d3-8c65-fb160da0071f',
  'authentication administrator',
]);

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
