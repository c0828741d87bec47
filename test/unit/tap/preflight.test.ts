import { describe, expect, it } from 'vitest';
import type { TapInfo } from '../../../preload/contract';
import { parsePolicy, type PolicyKnowledge } from '../../../main/tap/policy';
import {
  preflight,
  preflightWithTap,
  tierOf,
  type PreflightInput,
} from '../../../main/tap/preflight';
import type { TechnicianContext } from '../../../main/tap/technician';

const TAP_USERS = '8c1fe3ec-77e7-4332-82b6-9b0f9975ce6a';
const BLOCKED = '9f6bc0d6-4cac-4e1b-b9f5-67ff89f412b1';
const policy = (patch: Record<string, unknown> = {}): PolicyKnowledge => ({
  kind: 'known',
  snapshot: parsePolicy({
    state: 'enabled',
    minimumLifetimeInMinutes: 60,
    maximumLifetimeInMinutes: 480,
    defaultLifetimeInMinutes: 60,
    includeTargets: [{ targetType: 'group', id: TAP_USERS }],
    excludeTargets: [{ targetType: 'group', id: BLOCKED }],
    ...patch,
  }),
});
const paa: TechnicianContext = { id: 'tech', userPrincipalName: 'tech@x', capability: 'everyone' };
const authAdmin: TechnicianContext = { ...paa, capability: 'members' };
const globalAdmin = {
  id: 'r1',
  displayName: 'Global Administrator',
  roleTemplateId: '62e90394-69f5-4237-9190-012177145e10',
};
const passwordAdmin = {
  id: 'r2',
  displayName: 'Password Administrator',
  roleTemplateId: '966707d0-3269-4727-9be2-8c3a10f19b9d',
};
const liveTap: TapInfo = {
  id: 't',
  createdDateTime: '',
  startDateTime: '',
  expiresDateTime: '',
  lifetimeInMinutes: 60,
  isUsableOnce: false,
  isUsable: true,
  state: 'EnabledByPolicy',
};

const input = (patch: Partial<PreflightInput> = {}): PreflightInput => ({
  user: { id: 'u1', userPrincipalName: 'adele@x', accountEnabled: true, userType: 'Member' },
  tap: null,
  technician: paa,
  policy: policy(),
  roles: [],
  groupIds: new Set([TAP_USERS]),
  ...patch,
});
const codes = (patch: Partial<PreflightInput>): string[] =>
  preflight(input(patch)).blocks.map((b) => b.code);

describe('preflight', () => {
  it('passes a targeted, enabled member for a capable technician', () => {
    const verdict = preflight(input());
    expect(verdict).toMatchObject({ blocks: [], notes: [], replaces: false, tier: 'standard' });
    expect(verdict.policy?.maximumLifetimeInMinutes).toBe(480);
  });

  it('blocks each reason with a plain message and a next step', () => {
    expect(codes({ policy: policy({ state: 'disabled' }) })).toEqual(['policy-disabled']);
    expect(codes({ groupIds: new Set() })).toEqual(['user-not-in-policy']);
    expect(codes({ groupIds: new Set([TAP_USERS, BLOCKED]) })).toEqual(['user-not-in-policy']);
    expect(
      codes({
        user: { id: 'u1', userPrincipalName: 'a@x', accountEnabled: false, userType: 'Member' },
      }),
    ).toEqual(['account-disabled']);
    expect(
      codes({
        user: {
          id: 'u1',
          userPrincipalName: 'j_f.example#EXT#@x',
          accountEnabled: true,
          userType: 'Guest',
        },
      }),
    ).toEqual(['guest-user']);
    expect(
      codes({
        user: { id: 'tech', userPrincipalName: 'tech@x', accountEnabled: true, userType: 'Member' },
      }),
    ).toEqual(['self-issuance']);
    expect(codes({ technician: authAdmin, roles: [globalAdmin] })).toEqual([
      'needs-privileged-role',
    ]);
    expect(codes({ technician: { ...paa, capability: 'read-only' } })).toEqual(['forbidden']);
    for (const b of preflight(input({ groupIds: new Set() })).blocks) {
      expect(b.message.length).toBeGreaterThan(10);
      expect(b.hint.length).toBeGreaterThan(10);
    }
  });

  it('lets an internal guest through and an Authentication Administrator act on a password admin', () => {
    expect(
      codes({
        user: { id: 'u1', userPrincipalName: 'pat@x', accountEnabled: true, userType: 'Guest' },
      }),
    ).toEqual([]);
    expect(codes({ technician: authAdmin, roles: [passwordAdmin] })).toEqual([]);
  });

  it('reads a refusal to show methods as privileged, or out of the admin unit when scoped', () => {
    expect(codes({ technician: authAdmin, methodsReadDenied: true })).toEqual([
      'needs-privileged-role',
    ]);
    expect(
      codes({ technician: { ...authAdmin, adminUnitScoped: true }, methodsReadDenied: true }),
    ).toEqual(['outside-admin-unit']);
  });

  it('notes instead of blocking when the policy or the groups cannot be read', () => {
    const unreadable = preflight(input({ policy: { kind: 'unreadable' } }));
    expect(unreadable.blocks).toEqual([]);
    expect(unreadable.policy).toBeNull();
    expect(unreadable.notes.join(' ')).toMatch(/Microsoft Graph validates/);
    expect(preflight(input({ groupIds: null })).notes.join(' ')).toMatch(
      /groups could not be read/,
    );
  });

  it('treats all_users and user targets as included', () => {
    expect(
      codes({
        policy: policy({ includeTargets: [{ targetType: 'group', id: 'all_users' }] }),
        groupIds: new Set(),
      }),
    ).toEqual([]);
    expect(
      codes({
        policy: policy({ includeTargets: [{ targetType: 'user', id: 'u1' }] }),
        groupIds: new Set(),
      }),
    ).toEqual([]);
  });

  it('says a live pass will be replaced, and updates when the pass changes', () => {
    const verdict = preflight(input({ tap: liveTap }));
    expect(verdict.replaces).toBe(true);
    expect(verdict.notes.join(' ')).toMatch(/replaces it/);
    expect(
      preflight(input({ tap: { ...liveTap, isUsable: false, state: 'Expired' } })).replaces,
    ).toBe(false);
    expect(
      preflight(input({ tap: { ...liveTap, isUsable: false, state: 'NotYetValid' } })).replaces,
    ).toBe(true);
    const cleared = preflightWithTap(verdict, null);
    expect(cleared.replaces).toBe(false);
    expect(cleared.notes).toEqual([]);
  });
});

describe('tierOf', () => {
  it('is privileged for admins, configured privileged groups, and when roles are unknown', () => {
    expect(tierOf([], new Set())).toBe('standard');
    expect(tierOf([passwordAdmin], new Set())).toBe('privileged');
    expect(tierOf(null, new Set())).toBe('privileged');
    expect(tierOf([], new Set(['vip'])), 'not configured').toBe('standard');
    expect(tierOf([], new Set(['vip']), ['VIP'])).toBe('privileged');
    expect(tierOf([], null, ['vip'])).toBe('privileged');
  });

  it('is privileged for a member of a role-assignable group', () => {
    expect(tierOf([], new Set(), [], true)).toBe('privileged');
    expect(tierOf([], new Set(), [], null)).toBe('standard');
  });
});
