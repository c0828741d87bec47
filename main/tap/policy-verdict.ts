/**
 * Whether the TAP policy targets a user: included through `all_users`, the user itself or one of
 * their (transitive) groups, and not excluded by any group.
 */
import type { Membership } from './privilege';
import type { PolicySnapshot, PolicyTarget } from './policy';

export type PolicyVerdict =
  | { readonly kind: 'included' }
  | { readonly kind: 'excluded'; readonly groupName?: string }
  | { readonly kind: 'not-included' }
  /** Group targets exist but the user's groups could not be read: the server decides. */
  | { readonly kind: 'unknown' };

function matches(target: PolicyTarget, userId: string, groups: ReadonlyMap<string, Membership> | null): boolean | null {
  if (target.targetType === 'group' && target.id === 'all_users') return true;
  if (target.targetType === 'user') return target.id === userId;
  return groups === null ? null : groups.has(target.id);
}

export function policyVerdict(
  snapshot: PolicySnapshot,
  userId: string,
  memberships: readonly Membership[] | null,
): PolicyVerdict {
  const groups =
    memberships === null ? null : new Map(memberships.filter((m) => m.kind === 'group').map((m) => [m.id, m]));
  let unknown = false;
  for (const target of snapshot.excludeTargets) {
    const hit = matches(target, userId, groups);
    if (hit === null) unknown = true;
    if (hit) {
      const name = groups?.get(target.id)?.displayName;
      return { kind: 'excluded', ...(name ? { groupName: name } : {}) };
    }
  }
  const included = snapshot.includeTargets.map((t) => matches(t, userId, groups));
  if (included.some((hit) => hit === true)) return unknown ? { kind: 'unknown' } : { kind: 'included' };
  if (included.some((hit) => hit === null) || unknown) return { kind: 'unknown' };
  return { kind: 'not-included' };
}
