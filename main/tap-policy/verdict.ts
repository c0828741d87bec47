/**
 * Whether the TAP policy targets a user: included through `all_users`, the user itself or one of
 * their groups, and not excluded by any group. Group answers come from checkMemberGroups; a group
 * whose check failed is unknown, never "not a member".
 */
import type { PolicySnapshot, PolicyTarget } from './policy';

/** The checked groups the user is a (transitive) member of, and those that could not be checked. */
export interface GroupAnswers {
  readonly member: ReadonlySet<string>;
  readonly unchecked: ReadonlySet<string>;
}

/** Nothing checked and nothing unknown (no group targets). */
export const noGroups: GroupAnswers = { member: new Set(), unchecked: new Set() };

/** true, false, or null when the group could not be checked. */
export function isMemberOf(groups: GroupAnswers, groupId: string): boolean | null {
  const id = groupId.toLowerCase();
  if (groups.unchecked.has(id)) return null;
  return groups.member.has(id);
}

export type PolicyVerdict =
  | { readonly kind: 'included' }
  | { readonly kind: 'excluded'; readonly groupId?: string }
  | { readonly kind: 'not-included' }
  /** Group targets exist but the user's groups are unknown: the server decides. */
  | { readonly kind: 'unknown' };

function matches(target: PolicyTarget, userId: string, groups: GroupAnswers): boolean | null {
  if (target.id === 'all_users') return true;
  if (target.targetType === 'user') return target.id.toLowerCase() === userId.toLowerCase();
  return isMemberOf(groups, target.id);
}

/** The group ids the verdict needs membership answers for. */
export function policyGroupIds(snapshot: PolicySnapshot): string[] {
  return [...snapshot.includeTargets, ...snapshot.excludeTargets]
    .filter((t) => t.targetType === 'group' && t.id !== 'all_users')
    .map((t) => t.id.toLowerCase());
}

export function policyVerdict(snapshot: PolicySnapshot, userId: string, groups: GroupAnswers): PolicyVerdict {
  let unknown = false;
  for (const target of snapshot.excludeTargets) {
    const hit = matches(target, userId, groups);
    if (hit) return { kind: 'excluded', groupId: target.id };
    if (hit === null) unknown = true;
  }
  const included = snapshot.includeTargets.map((t) => matches(t, userId, groups));
  if (included.some((hit) => hit === true) && !unknown) return { kind: 'included' };
  if (unknown || included.some((hit) => hit === null)) return { kind: 'unknown' };
  return { kind: 'not-included' };
}
