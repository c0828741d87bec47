import { describe, expect, it } from 'vitest';
import type { TapInfo } from '../../../preload/contract';
import { isSettled, observe, toView, type Followed } from '../../../main/follow/follow-state';

const start = Date.parse('2026-12-02T10:00:00Z');
const followed = (patch: Partial<Followed> = {}): Followed => ({
  userId: 'u1',
  displayName: 'Alex Kim',
  userPrincipalName: 'alex@x',
  tapId: 'tap-1',
  tapCreatedAt: start - 60_000,
  isUsableOnce: true,
  ticket: 'INC0012345',
  since: start,
  until: start + 15 * 60_000,
  state: 'waiting',
  passLive: true,
  ...patch,
});
const tap = (patch: Partial<TapInfo> = {}): TapInfo => ({
  id: 'tap-1',
  createdDateTime: new Date(start - 60_000).toISOString(),
  startDateTime: new Date(start - 60_000).toISOString(),
  expiresDateTime: new Date(start + 3_600_000).toISOString(),
  lifetimeInMinutes: 60,
  isUsableOnce: true,
  isUsable: true,
  state: 'EnabledByPolicy',
  ...patch,
});
const authenticator = (created: number) => ({
  '@odata.type': '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
  id: 'm1',
  displayName: 'iPhone 15',
  createdDateTime: new Date(created).toISOString(),
});
const oldPhone = { '@odata.type': '#microsoft.graph.phoneAuthenticationMethod', id: 'p', phoneNumber: '+1 555' };

describe('observe', () => {
  it('waits while the pass is unused and nothing new is registered', () => {
    const next = observe(followed(), { tap: tap(), methods: [oldPhone, authenticator(start - 86_400_000)] }, start + 10_000);
    expect(next).toMatchObject({ state: 'waiting', passLive: true });
    expect(next.registered).toBeUndefined();
  });

  it('sees a one-time pass used, once, at the first poll that shows it', () => {
    const used = observe(followed(), { tap: tap({ isUsable: false, state: 'OneTimeUsed' }), methods: [] }, start + 20_000);
    expect(used).toMatchObject({ state: 'used', passLive: false, passUsedSeenAt: start + 20_000 });
    expect(observe(used, { tap: tap({ isUsable: false, state: 'OneTimeUsed' }), methods: [] }, start + 40_000).passUsedSeenAt).toBe(start + 20_000);
  });

  it('names a passwordless method created after the pass, not a phone or an older one', () => {
    const next = observe(followed(), { tap: tap({ isUsable: false, state: 'OneTimeUsed' }), methods: [oldPhone, authenticator(start + 30_000)] }, start + 40_000);
    expect(next.state).toBe('registered');
    expect(next.registered).toEqual({ kind: 'microsoftAuthenticator', label: 'Microsoft Authenticator', detail: 'iPhone 15', at: start + 30_000 });
    expect(isSettled(next, start + 40_000)).toBe(true);
  });

  it('keeps following a registered person while their multi-use pass still works (revoke is offered)', () => {
    const next = observe(followed({ isUsableOnce: false }), { tap: tap({ isUsableOnce: false }), methods: [authenticator(start + 5_000)] }, start + 10_000);
    expect(next).toMatchObject({ state: 'registered', passLive: true });
    expect(isSettled(next, start + 10_000)).toBe(false);
    expect(toView(next)).toMatchObject({ state: 'registered', passLive: true, registered: { label: 'Microsoft Authenticator' } });
  });

  it('says the pass is gone when it was revoked or replaced elsewhere', () => {
    expect(observe(followed(), { tap: null, methods: [] }, start + 10_000)).toMatchObject({ state: 'pass-gone', passLive: false });
    expect(observe(followed(), { tap: tap({ id: 'other' }), methods: [] }, start + 10_000).state).toBe('pass-gone');
  });

  it('ends unused at the end of the wait, with the pass still live', () => {
    const ended = observe(followed(), { tap: tap(), methods: [] }, start + 15 * 60_000);
    expect(ended).toMatchObject({ state: 'ended-unused', passLive: true });
    expect(isSettled(ended, start + 15 * 60_000)).toBe(true);
  });

  it('clears the last problem once a poll answers', () => {
    expect(observe(followed({ problem: 'throttled' }), { tap: tap(), methods: [] }, start + 10_000).problem).toBeUndefined();
  });
});
