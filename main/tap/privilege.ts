/**
 * Who counts as a privileged target: anyone an Authentication Administrator may not manage
 * (the "who can reset passwords" matrix, graph-msal-spec.md A.4.1): holders of any directory
 * role outside a short list, and members of role-assignable groups.
 */

/** A `directoryRole` or `group` from the user's transitiveMemberOf. */
export interface Membership {
  readonly kind: 'role' | 'group' | 'other';
  readonly id: string;
  readonly displayName?: string;
  readonly roleTemplateId?: string;
  readonly isAssignableToRole?: boolean;
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

function isHarmless(role: Membership): boolean {
  const keys = [role.roleTemplateId, role.displayName].flatMap((k) => (k ? [k.toLowerCase()] : []));
  return keys.length > 0 && keys.some((k) => harmlessRoles.has(k));
}

/** Parses one transitiveMemberOf entry by its `@odata.type`. */
export function toMembership(entry: Record<string, unknown>): Membership | null {
  if (typeof entry.id !== 'string') return null;
  const type = typeof entry['@odata.type'] === 'string' ? entry['@odata.type'].toLowerCase() : '';
  const kind = type.endsWith('directoryrole') ? 'role' : type.endsWith('.group') ? 'group' : 'other';
  return {
    kind,
    id: entry.id,
    ...(typeof entry.displayName === 'string' ? { displayName: entry.displayName } : {}),
    ...(typeof entry.roleTemplateId === 'string' ? { roleTemplateId: entry.roleTemplateId } : {}),
    ...(typeof entry.isAssignableToRole === 'boolean' ? { isAssignableToRole: entry.isAssignableToRole } : {}),
  };
}

/** Holds any directory role at all (the card's "Admin" tag). */
export function holdsAdminRole(memberships: readonly Membership[]): boolean {
  return memberships.some((m) => m.kind === 'role');
}

/** Only a Privileged Authentication Administrator (or Global Admin) may manage this user's TAP. */
export function needsPrivilegedAuthAdmin(memberships: readonly Membership[]): boolean {
  return memberships.some(
    (m) => (m.kind === 'role' && !isHarmless(m)) || (m.kind === 'group' && m.isAssignableToRole === true),
  );
}
