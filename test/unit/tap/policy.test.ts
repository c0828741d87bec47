import { describe, expect, it } from 'vitest';
import { lifetimeRange, parsePolicy } from '../../../main/tap-policy/policy';
import { documentedLifetime } from '../../../preload/contract/limits';
import { capabilityOf } from '../../../main/tap/technician';
import { isLiveTap, toTapInfo } from '../../../main/tap/tap-info';

describe('parsePolicy', () => {
  it('reads the Graph resource and falls back to tenant defaults', () => {
    const snapshot = parsePolicy({
      state: 'disabled',
      isUsableOnce: true,
      includeTargets: [{ targetType: 'group', id: 'all_users' }, { bogus: 1 }],
    });
    expect(snapshot.policy).toEqual({
      state: 'disabled',
      minimumLifetimeInMinutes: 60,
      maximumLifetimeInMinutes: 480,
      defaultLifetimeInMinutes: 60,
      defaultLength: 8,
      isUsableOnce: true,
    });
    expect(snapshot.includeTargets).toEqual([{ targetType: 'group', id: 'all_users' }]);
  });
});

describe('lifetimeRange', () => {
  it("offers the policy's range when the policy is read", () => {
    const snapshot = parsePolicy({ minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 480, defaultLifetimeInMinutes: 120 });
    expect(lifetimeRange({ kind: 'known', snapshot })).toEqual({ min: 60, max: 480, default: 120, source: 'policy' });
  });

  it("offers Entra's documented defaults when the policy is unknown, never the API's 30 days", () => {
    expect(lifetimeRange({ kind: 'unreadable' })).toEqual({ ...documentedLifetime, source: 'documented-default' });
    expect(lifetimeRange({ kind: 'unknown' }).max).toBe(480);
  });

  it('narrows to the range Graph named in a refusal', () => {
    expect(lifetimeRange({ kind: 'unreadable', learned: { min: 120, max: 240 } })).toEqual({ min: 120, max: 240, default: 120, source: 'learned' });
    expect(lifetimeRange({ kind: 'unknown', learned: { min: 10, max: 30 } })).toEqual({ min: 10, max: 30, default: 30, source: 'learned' });
  });
});

describe('capabilityOf', () => {
  it('maps roles by name or template id', () => {
    expect(capabilityOf(['Privileged Authentication Administrator'])).toBe('everyone');
    expect(capabilityOf(['62e90394-69f5-4237-9190-012177145e10'])).toBe('everyone');
    expect(capabilityOf(['Global Reader', 'Authentication Administrator'])).toBe('members');
    expect(capabilityOf(['Global Reader'])).toBe('read-only');
    expect(capabilityOf(['User Administrator'])).toBe('none');
    expect(capabilityOf(undefined)).toBe('unknown');
  });
});

describe('toTapInfo', () => {
  it('computes the expiry, accepts camelCase reasons and never carries the pass', () => {
    const tap = toTapInfo({
      id: 't',
      createdDateTime: '2026-11-26T09:00:00Z',
      startDateTime: '2026-11-26T10:00:00Z',
      lifetimeInMinutes: 90,
      isUsableOnce: true,
      isUsable: false,
      methodUsabilityReason: 'notYetValid',
      temporaryAccessPass: 'SECRET!1',
    } as never);
    expect(tap).toEqual({
      id: 't',
      createdDateTime: '2026-11-26T09:00:00Z',
      startDateTime: '2026-11-26T10:00:00Z',
      expiresDateTime: '2026-11-26T11:30:00.000Z',
      lifetimeInMinutes: 90,
      isUsableOnce: true,
      isUsable: false,
      state: 'NotYetValid',
    });
    expect(JSON.stringify(tap)).not.toContain('SECRET');
    expect(isLiveTap(tap)).toBe(true);
    expect(isLiveTap(null)).toBe(false);
  });
});
