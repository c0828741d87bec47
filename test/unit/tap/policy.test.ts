import { describe, expect, it } from 'vitest';
import { clampLifetime, lifetimeBounds, parsePolicy } from '../../../main/tap/policy';
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

describe('clampLifetime', () => {
  const policy = parsePolicy({
    minimumLifetimeInMinutes: 60,
    maximumLifetimeInMinutes: 480,
    defaultLifetimeInMinutes: 120,
  }).policy;
  it('clamps to the policy and defaults to its default', () => {
    expect(clampLifetime(5, policy)).toBe(60);
    expect(clampLifetime(9999, policy)).toBe(480);
    expect(clampLifetime(90.4, policy)).toBe(90);
    expect(clampLifetime(undefined, policy)).toBe(120);
  });
  it('uses the API bounds when the policy is unknown', () => {
    expect(lifetimeBounds(null)).toEqual({ min: 10, max: 43200, default: 60, fromPolicy: false });
    expect(clampLifetime(1, null)).toBe(10);
    expect(clampLifetime(50_000, null)).toBe(43200);
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
