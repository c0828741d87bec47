/**
 * Whether the TAP policy targets a user: included through `all_users`, the user itself or one of
 * their groups, and not excluded by any group. `groupIds` are the policy groups the user is a
 * (transitive) member of, from checkMemberGroups; null when that could not be read.
 */
import type { PolicySnapshot, PolicyTarget } from './policy';

export type PolicyVerdict =
  | { readonly kind: 'included' }
  | { readonly kind: 'excluded'; readonly groupId?: string }
  | { readonly kind: 'not-included' }
  /** Group targets exist but the user's groups are unknown: the server decides. */
  | { readonly kind: 'unknown' };

function matches(
  target: PolicyTarget,
  userId: string,
  groupIds: ReadonlySet<string> | null,
): boolean | null {
  if (target.id === 'all_users') return true;
  if (target.targetType === 'user') return target.id.toLowerCase() === userId.toLowerCase();
  return groupIds === null ? null : groupIds.has(target.id.toLowerCase());
}

/** The group ids the verdict needs membership answers for. */
export function policyGroupIds(snapshot: PolicySnapshot): string[] {
  return [...snapshot.includeTargets, ...snapshot.excludeTargets]
    .filter((t) => t.targetType === 'group' && t.id !== 'all_users')
    .map((t) => t.id.toLowerCase());
}

export function policyVerdict(
  snapshot: PolicySnapshot,
  userId: string,
  groupIds: ReadonlySet<string> | null,
): PolicyVerdict {
  let unknown = false;
  for (const target of snapshot.excludeTargets) {
    const hit = matches(target, userId, groupIds);
    if (hit) return { kind: 'excluded', groupId: target.id };
    if (hit === null) unknown = true;
  }
  const included = snapshot.includeTargets.map((t) => matches(t, userId, groupIds));
  if (included.some((hit) => hit === true) && !unknown) return { kind: 'included' };
  if (unknown || included.some((hit) => hit === null)) return { kind: 'unknown' };
  return { kind: 'not-included' };
}
