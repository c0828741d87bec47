/**
 * What one poll says about a person followed after hand-over: the pass used, a new passwordless
 * method registered, the pass gone. Pure: the service feeds it Graph's answers and the clock.
 */
import type { FollowView, TapInfo } from '../../preload/contract';
import { toMethodSummaries } from '../users/auth-methods';
import { isLiveTap } from '../tap/tap-info';

/** The methods that make a pass unnecessary ("Done means done"). */
const passwordless = new Set(['fido2', 'microsoftAuthenticator', 'windowsHelloForBusiness', 'platformCredential']);

export interface Followed {
  readonly userId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly tapId: string;
  /** When the pass was created: a method created after it is the person's new one. */
  readonly tapCreatedAt: number;
  readonly isUsableOnce: boolean;
  readonly ticket?: string;
  readonly since: number;
  readonly until: number;
  readonly state: FollowView['state'];
  readonly passUsedSeenAt?: number;
  readonly registered?: { readonly kind: string; readonly label: string; readonly detail?: string; readonly at: number };
  readonly passLive: boolean;
  readonly problem?: string;
}

export interface Poll {
  readonly tap: TapInfo | null;
  readonly methods: readonly Record<string, unknown>[];
}

/** Graph's clock and ours may differ by a little: a method a few seconds "older" than the pass is still new. */
const SKEW_MS = 2 * 60_000;

function newPasswordless(poll: Poll, since: number): Followed['registered'] | undefined {
  for (const method of poll.methods) {
    const [summary] = toMethodSummaries([method]);
    if (!summary || !passwordless.has(summary.kind)) continue;
    const created = typeof method['createdDateTime'] === 'string' ? Date.parse(method['createdDateTime']) : Number.NaN;
    if (Number.isNaN(created) || created < since - SKEW_MS) continue;
    return { kind: summary.kind, label: summary.label, ...(summary.detail ? { detail: summary.detail } : {}), at: created };
  }
  return undefined;
}

/** A poll that answered clears the last problem. */
export function withoutProblem(followed: Followed): Followed {
  if (followed.problem === undefined) return followed;
  const copy: { -readonly [K in keyof Followed]?: Followed[K] } = { ...followed };
  delete copy.problem;
  return copy as Followed;
}

/** The next state after a poll at `now`. */
export function observe(followed: Followed, poll: Poll, now: number): Followed {
  const ours = poll.tap !== null && poll.tap.id.toLowerCase() === followed.tapId.toLowerCase() ? poll.tap : null;
  const passLive = isLiveTap(ours);
  const used = ours?.state === 'OneTimeUsed';
  const registered = followed.registered ?? newPasswordless(poll, followed.tapCreatedAt);
  const next: Followed = {
    ...withoutProblem(followed),
    passLive,
    ...(used && followed.passUsedSeenAt === undefined ? { passUsedSeenAt: now } : {}),
    ...(registered ? { registered } : {}),
  };
  if (registered) return { ...next, state: 'registered' };
  if (used) return { ...next, state: 'used' };
  if (!ours) return { ...next, state: 'pass-gone' };
  if (now >= followed.until) return { ...next, state: 'ended-unused' };
  return { ...next, state: 'waiting' };
}

/** Nothing more can change that the technician needs: stop polling. */
export function isSettled(followed: Followed, now: number): boolean {
  if (followed.state === 'revoked' || followed.state === 'pass-gone' || followed.state === 'ended') return true;
  if (followed.state === 'registered' && !followed.passLive) return true;
  return now >= followed.until;
}

export function toView(followed: Followed): FollowView {
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    userId: followed.userId,
    displayName: followed.displayName,
    userPrincipalName: followed.userPrincipalName,
    isUsableOnce: followed.isUsableOnce,
    since: iso(followed.since),
    until: iso(followed.until),
    state: followed.state,
    passLive: followed.passLive,
    ...(followed.passUsedSeenAt === undefined ? {} : { passUsedSeenAt: iso(followed.passUsedSeenAt) }),
    ...(followed.registered
      ? { registered: { label: followed.registered.label, ...(followed.registered.detail ? { detail: followed.registered.detail } : {}), at: iso(followed.registered.at) } }
      : {}),
    ...(followed.problem ? { problem: followed.problem } : {}),
  };
}
