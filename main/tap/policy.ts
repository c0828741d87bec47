/**
 * The tenant's TAP policy (`authenticationMethodConfigurations/TemporaryAccessPass`) as read, and
 * the bounds the mint form is clamped to.
 */
import type { TapPolicy } from '../../preload/contract';

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

/** What the app knows about the policy: read, not readable with the technician's roles, or not yet. */
export type PolicyKnowledge =
  | { readonly kind: 'known'; readonly snapshot: PolicySnapshot }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'unknown' };

/** The API's own bounds (A.1), used when the policy cannot be read: the server validates. */
export const API_LIFETIME = { min: 10, max: 43200, default: 60 } as const;

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

export interface LifetimeBounds {
  readonly min: number;
  readonly max: number;
  readonly default: number;
  /** True when the bounds come from the tenant policy, false when they are the API's. */
  readonly fromPolicy: boolean;
}

export function lifetimeBounds(policy: TapPolicy | null): LifetimeBounds {
  if (!policy) return { ...API_LIFETIME, fromPolicy: false };
  return {
    min: policy.minimumLifetimeInMinutes,
    max: policy.maximumLifetimeInMinutes,
    default: policy.defaultLifetimeInMinutes,
    fromPolicy: true,
  };
}

/** Clamps a requested lifetime to the bounds; a missing or non-number value gets the default. */
export function clampLifetime(minutes: number | undefined, policy: TapPolicy | null): number {
  const bounds = lifetimeBounds(policy);
  if (minutes === undefined || !Number.isFinite(minutes)) return bounds.default;
  return Math.min(bounds.max, Math.max(bounds.min, Math.round(minutes)));
}
