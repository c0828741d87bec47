/**
 * Follows people after hand-over, each on their own gentle timer: one light `$batch` (their pass
 * and their methods) per poll, never two in flight for one person, a growing interval, and no
 * polling once nothing can change. A registration is journalled; a multi-use pass still alive
 * then is offered for revoke (or revoked at once when policy says so).
 */
import type { FollowList } from '../../preload/contract';
import { partSucceeded, sendBatch } from '../graph/batch';
import type { Graph } from '../graph/graph-client';
import type { Clock } from '../kernel/ports';
import { AppFailure } from '../kernel/result';
import { toTapInfo, type GraphTap } from '../tap/tap-info';
import { requireTechnician, type TechnicianContext } from '../tap/technician';
import { isSettled, observe, toView, type Followed } from './follow-state';

/** The first polls come quickly (a person often signs in at once), then less often. */
export function pollDelayMs(sinceStartMs: number): number {
  if (sinceStartMs < 2 * 60_000) return 10_000;
  if (sinceStartMs < 5 * 60_000) return 20_000;
  return 30_000;
}

/** What hand-over knows of the person and the pass: the part of `Followed` that `start` is given. */
export type FollowStart = Pick<
  Followed,
  'userId' | 'displayName' | 'userPrincipalName' | 'tapId' | 'tapCreatedAt' | 'isUsableOnce' | 'ticket'
>;

export interface FollowDeps {
  readonly graph: Graph;
  readonly clock: Clock;
  readonly technician: () => TechnicianContext | null;
  /** How long to wait for the person (policy; default 15 minutes). */
  readonly waitMinutes: () => number;
  /** Revoke the pass once a passwordless method appears, without asking (policy). */
  readonly revokeOnRegistration: () => boolean;
  /** The app's own revoke path (ticket check, per-user lock, journal). */
  readonly revoke: (userId: string, tapId: string, ticket: string | undefined) => Promise<void>;
  /** Journals the registration ("registered: Microsoft Authenticator") with the pass's ticket. */
  readonly journalRegistered: (followed: Followed) => Promise<void>;
  readonly onChange: (list: FollowList) => void;
}

export interface FollowService {
  start(start: FollowStart): void;
  list(): FollowList;
  stop(userId: string): FollowList;
  revoke(userId: string): Promise<FollowList>;
  /** Signed out or tenant changed: stop everything, keep nothing. */
  clear(): void;
}

interface Entry {
  followed: Followed;
  cancel: () => void;
  inFlight: boolean;
}

export function createFollowService(deps: FollowDeps): FollowService {
  const entries = new Map<string, Entry>();
  const list = (): FollowList => ({ people: [...entries.values()].map((e) => toView(e.followed)) });
  const changed = () => deps.onChange(list());

  async function read(followed: Followed) {
    const technician = requireTechnician(deps.technician, 'Sign in to go on following.');
    const user = `/users/${encodeURIComponent(followed.userId)}/authentication`;
    const batch = await sendBatch(
      deps.graph,
      [
        { id: 'tap', url: `${user}/temporaryAccessPassMethods` },
        { id: 'methods', url: `${user}/methods` },
      ],
      { clock: deps.clock, timeoutMs: 15_000, context: { operation: 'read', technician } },
    );
    const ok = (id: string) => {
      const part = batch.parts.get(id);
      return part && partSucceeded(part) ? (part.body as { value?: unknown[] }) : null;
    };
    const taps = ok('tap');
    const methods = ok('methods');
    if (!taps || !methods) throw new AppFailure('throttled', 'Microsoft Graph did not answer this time; TAP Desk tries again shortly.', 'Nothing to do.');
    const first = (taps.value ?? [])[0] as GraphTap | undefined;
    return { tap: first ? toTapInfo(first) : null, methods: (methods.value ?? []) as Record<string, unknown>[] };
  }

  async function afterRegistration(entry: Entry, before: Followed): Promise<void> {
    const now = entry.followed;
    if (!now.registered || before.registered) return;
    await deps.journalRegistered(now).catch(() => undefined);
    if (now.passLive && deps.revokeOnRegistration()) await revokeEntry(entry).catch(() => undefined);
  }

  function schedule(entry: Entry): void {
    const now = deps.clock.now();
    if (isSettled(entry.followed, now)) return;
    const wait = Math.min(pollDelayMs(now - entry.followed.since), Math.max(0, entry.followed.until - now));
    entry.cancel = deps.clock.setTimeout(() => void poll(entry), wait);
  }

  async function poll(entry: Entry): Promise<void> {
    if (entry.inFlight || entries.get(entry.followed.userId) !== entry) return;
    entry.inFlight = true;
    const before = entry.followed;
    try {
      const answer = await read(before);
      if (entries.get(before.userId) !== entry) return;
      entry.followed = observe(entry.followed, answer, deps.clock.now());
      await afterRegistration(entry, before);
    } catch (error) {
      if (entries.get(before.userId) !== entry) return;
      const message = error instanceof AppFailure ? error.message : 'The last check did not work; TAP Desk tries again shortly.';
      entry.followed = { ...entry.followed, problem: message };
      if (deps.clock.now() >= entry.followed.until) entry.followed = { ...entry.followed, state: entry.followed.passLive ? 'ended-unused' : 'ended' };
    } finally {
      entry.inFlight = false;
    }
    if (entries.get(before.userId) !== entry) return;
    changed();
    schedule(entry);
  }

  async function revokeEntry(entry: Entry): Promise<void> {
    const { userId, tapId, ticket } = entry.followed;
    await deps.revoke(userId, tapId, ticket);
    entry.cancel();
    entry.followed = { ...entry.followed, state: 'revoked', passLive: false };
    changed();
  }

  return {
    start(start) {
      if (deps.waitMinutes() <= 0) return;
      const now = deps.clock.now();
      entries.get(start.userId.toLowerCase())?.cancel();
      const entry: Entry = {
        followed: {
          ...start,
          userId: start.userId.toLowerCase(),
          since: now,
          until: now + deps.waitMinutes() * 60_000,
          state: 'waiting',
          passLive: true,
        },
        cancel: () => undefined,
        inFlight: false,
      };
      entries.set(entry.followed.userId, entry);
      changed();
      schedule(entry);
    },
    list,
    stop(userId) {
      const entry = entries.get(userId.toLowerCase());
      entry?.cancel();
      entries.delete(userId.toLowerCase());
      changed();
      return list();
    },
    async revoke(userId) {
      const entry = entries.get(userId.toLowerCase());
      if (!entry) throw new AppFailure('not-found', 'TAP Desk is not following this person any more.', 'Open their card to revoke the pass there.');
      await revokeEntry(entry);
      return list();
    },
    clear() {
      for (const entry of entries.values()) entry.cancel();
      entries.clear();
      changed();
    },
  };
}
