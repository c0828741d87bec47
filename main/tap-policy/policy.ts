/**
 * The tenant's TAP policy (`authenticationMethodConfigurations/TemporaryAccessPass`) as read, and
 * the bounds the mint form is clamped to.
 */
import type { LifetimeRange, TapPolicy } from '../../preload/contract';
import { documentedLifetime } from '../../preload/contract/limits';

export interface PolicyTarget {
  readonly targetType: 'group' | 'user';
  /** A group id, a user id, or `all_users`. */
  readonly id: string;
}

export interface PolicySnapshot {
  readonly policy: TapPolicy;
  readonly includeTargets: readonly PolicyTarget[];
  readonly excludeTargets: readonly PolicyTarget[];
  /** Display names of the target groups, by lower-case id, as far as they could be read. */
  readonly groupNames: ReadonlyMap<string, string>;
}

/** A target group as a technician can pass it on: "'TAP users'", or its id when the name is unknown. */
export function groupLabel(snapshot: PolicySnapshot, groupId: string): string {
  return `'${snapshot.groupNames.get(groupId.toLowerCase()) ?? groupId}'`;
}

/** The include-target groups, named, for "ask an admin to add the user to …". */
export function includeGroupLabels(snapshot: PolicySnapshot): string[] {
  return snapshot.includeTargets.filter((t) => t.targetType === 'group' && t.id !== 'all_users').map((t) => groupLabel(snapshot, t.id));
}

/** Lifetime bounds Graph named in a refusal ("The valid range between 60 and 480"). */
export interface LearnedLifetime {
  readonly min: number;
  readonly max: number;
}

/**
 * What the app knows about the policy: read, not readable with the technician's roles, or not
 * yet. Without the policy, bounds Graph named in a refusal are remembered instead.
 */
export type PolicyKnowledge =
  | { readonly kind: 'known'; readonly snapshot: PolicySnapshot }
  | { readonly kind: 'unreadable'; readonly learned?: LearnedLifetime }
  | { readonly kind: 'unknown'; readonly learned?: LearnedLifetime };

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function targets(value: unknown): PolicyTarget[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((t: { targetType?: unknown; id?: unknown }) =>
    (t.targetType === 'group' || t.targetType === 'user') && typeof t.id === 'string'
      ? [{ targetType: t.targetType, id: t.id }]
      : [],
  );
}

/** Parses the Graph policy resource; missing numbers fall back to the tenant defaults (A.3). */
export function parsePolicy(json: unknown, groupNames: ReadonlyMap<string, string> = new Map()): PolicySnapshot {
  const raw = (json ?? {}) as Record<string, unknown>;
  const minimum = num(raw.minimumLifetimeInMinutes, 60);
  const maximum = num(raw.maximumLifetimeInMinutes, 480);
  return {
    policy: {
      state: raw.state === 'disabled' ? 'disabled' : 'enabled',
      minimumLifetimeInMinutes: minimum,
      maximumLifetimeInMinutes: maximum,
      defaultLifetimeInMinutes: num(
        raw.defaultLifetimeInMinutes,
        Math.min(Math.max(60, minimum), maximum),
      ),
      defaultLength: num(raw.defaultLength, 8),
      isUsableOnce: raw.isUsableOnce === true,
    },
    includeTargets: targets(raw.includeTargets),
    excludeTargets: targets(raw.excludeTargets),
    groupNames,
  };
}

/** The lifetimes the form may offer and main accepts: the policy's, learned ones, or the documented defaults. */
export function lifetimeRange(knowledge: PolicyKnowledge): LifetimeRange {
  if (knowledge.kind === 'known') {
    const { policy } = knowledge.snapshot;
    return { min: policy.minimumLifetimeInMinutes, max: policy.maximumLifetimeInMinutes, default: policy.defaultLifetimeInMinutes, source: 'policy' };
  }
  if (knowledge.learned) {
    const { min, max } = knowledge.learned;
    return { min, max, default: Math.min(max, Math.max(min, documentedLifetime.default)), source: 'learned' };
  }
  return { ...documentedLifetime, source: 'documented-default' };
}
