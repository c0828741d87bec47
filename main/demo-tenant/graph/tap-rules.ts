import type { DirectoryUser, TapPolicyConfig, TapRecord } from '../directory/types';

export type UsabilityReason = 'EnabledByPolicy' | 'DisabledByPolicy' | 'Expired' | 'NotYetValid' | 'OneTimeUsed';

/** Whether the user is targeted by the TAP policy: included (all_users, group or user) and not excluded. */
export function isTargetedByPolicy(policy: TapPolicyConfig, user: DirectoryUser): boolean {
  const hits = (t: { readonly targetType: string; readonly id: string }): boolean =>
    t.id === 'all_users' || (t.targetType === 'group' && user.groupIds.includes(t.id)) || (t.targetType === 'user' && t.id === user.id);
  return policy.includeTargets.some(hits) && !policy.excludeTargets.some(hits);
}

/** `isUsable` / `methodUsabilityReason`, computed at read time (A.1 state machine, in that order). */
export function usability(
  tap: TapRecord,
  policy: TapPolicyConfig,
  user: DirectoryUser,
  now: number,
): { readonly isUsable: boolean; readonly methodUsabilityReason: UsabilityReason } {
  if (policy.state !== 'enabled' || !isTargetedByPolicy(policy, user)) return { isUsable: false, methodUsabilityReason: 'DisabledByPolicy' };
  if (now < tap.startDateTime) return { isUsable: false, methodUsabilityReason: 'NotYetValid' };
  if (now >= tap.startDateTime + tap.lifetimeInMinutes * 60_000) return { isUsable: false, methodUsabilityReason: 'Expired' };
  if (tap.isUsableOnce && tap.used) return { isUsable: false, methodUsabilityReason: 'OneTimeUsed' };
  return { isUsable: true, methodUsabilityReason: 'EnabledByPolicy' };
}

/** Emulator switches for behaviours the spec leaves open (A.2.1, A.2.6). */
export interface TapBehaviour {
  /** Reject POST for users outside the policy targets (default true, as 2023+ reports show). */
  rejectCreateOutsidePolicy: boolean;
  /** A new POST replaces a live TAP (current docs); false = legacy "delete it first" 400. */
  replaceExistingTap: boolean;
  /** Refuse a startDateTime more than this many days ahead; null = not enforced (undocumented). */
  maxStartDaysAhead: number | null;
  /** Clock skew tolerated before a startDateTime counts as "in the past". */
  pastStartToleranceMs: number;
  /**
   * The value the next created pass takes, once (canary tests that hunt for a known pass in
   * every file written); null = drawn from the CSPRNG as always.
   */
  nextPass: string | null;
  /**
   * Training: the person at the desk signs in with every new pass this long after it is created,
   * and registers Microsoft Authenticator the same time later; null = only when asked.
   */
  playPersonAfterMs: number | null;
}

export const defaultTapBehaviour = (): TapBehaviour => ({
  rejectCreateOutsidePolicy: true,
  replaceExistingTap: true,
  maxStartDaysAhead: null,
  pastStartToleranceMs: 5 * 60_000,
  nextPass: null,
  playPersonAfterMs: null,
});
