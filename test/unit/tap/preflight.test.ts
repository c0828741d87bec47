import { describe, expect, it } from 'vitest';
import type { TapInfo } from '../../../preload/contract';
import { parsePolicy, type PolicyKnowledge } from '../../../main/tap-policy/policy';
import {
  preflight,
  preflightWithTap,
  tierOf,
  type PreflightInput,
} from '../../../main/tap/preflight';
import type { TechnicianContext } from '../../../main/tap/technician';
import type { GroupAnswers } from '../../../main/tap-policy/verdict';

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

const answers = (member: string[], unchecked: string[] = []): GroupAnswers => ({ member: new Set(member), unchecked: new Set(unchecked) });

const input = (patch: Partial<PreflightInput> = {}): PreflightInput => ({
  user: { id: 'u1', userPrincipalName: 'adele@x', accountEnabled: true, userType: 'Member' },
  tap: null,
  technician: paa,
  policy: policy(),
  roles: [],
  groups: answers([TAP_USERS]),
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
    expect(codes({ groups: answers([]) })).toEqual(['user-not-in-policy']);
    expect(codes({ groups: answers([TAP_USERS, BLOCKED]) })).toEqual(['user-not-in-policy']);
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
    for (const b of preflight(input({ groups: answers([]) })).blocks) {
      expect(b.message.length).toBeGreaterThan(10);
      expect(b.hint.length).toBeGreaterThan(10);
    }
  });

  it('tells a technician who is only eligible in PIM to activate the role, not to ask an admin', () => {
    const [plain] = preflight(input({ technician: { ...paa, capability: 'none' } })).blocks;
    expect(plain?.hint).toMatch(/Ask your admin/);
    const [eligible] = preflight(input({ technician: { ...paa, capability: 'none', canActivate: 'Authentication Administrator' } })).blocks;
    expect(eligible).toMatchObject({ code: 'forbidden', hint: expect.stringMatching(/^Activate your eligible Authentication Administrator role/) });
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

  it('says "not checked" instead of a green tick when the policy cannot be read', () => {
    const unreadable = preflight(input({ policy: { kind: 'unreadable' } }));
    expect(unreadable.blocks).toEqual([]);
    expect(unreadable.policy).toBeNull();
    const fact = unreadable.facts.find((f) => f.id === 'policy');
    expect(fact).toMatchObject({ state: 'not-checked', label: 'the TAP policy' });
    expect(fact?.detail).toMatch(/Microsoft Graph checks it when you create the pass/);
    expect(unreadable.lifetime).toEqual({ min: 60, max: 480, default: 60, source: 'documented-default' });
  });

  it('states every fact as checked fine, a problem, or not checked', () => {
    const states = (patch: Partial<PreflightInput>) => Object.fromEntries(preflight(input(patch)).facts.map((f) => [f.id, f.state]));
    expect(states({})).toEqual({ policy: 'ok', account: 'ok', 'user-type': 'ok', 'admin-roles': 'ok', 'your-role': 'ok', 'current-pass': 'ok' });
    expect(states({ roles: null, tapRead: false, technician: { ...paa, capability: 'unknown' } })).toMatchObject({
      'admin-roles': 'not-checked',
      'current-pass': 'not-checked',
      'your-role': 'not-checked',
    });
    expect(states({ technician: authAdmin, roles: [globalAdmin] })).toMatchObject({ 'admin-roles': 'problem', 'your-role': 'problem' });
    expect(states({ technician: { ...authAdmin, adminUnitScoped: true } })['your-role']).toBe('not-checked');
    expect(states({ groups: answers([]) }).policy).toBe('problem');
    expect(preflight(input({ tapRead: false })).facts.find((f) => f.id === 'current-pass')?.label).toBe('the current pass (could not be read)');
  });

  it('blocks as "could not check" when a policy group could not be checked, never as "not a member"', () => {
    const verdict = preflight(input({ groups: answers([], [TAP_USERS]) }));
    expect(verdict.blocks.map((b) => b.code)).toEqual(['not-checked']);
    expect(verdict.blocks[0]?.hint).toMatch(/Reload the card/);
    // An excluded group that could not be checked leaves the answer unknown too.
    expect(codes({ groups: answers([TAP_USERS], [BLOCKED]) })).toEqual(['not-checked']);
    // A known exclusion still decides.
    expect(codes({ groups: answers([BLOCKED], [TAP_USERS]) })).toEqual(['user-not-in-policy']);
  });

  it('names the policy group the user is missing', () => {
    const named = policy();
    const snapshot = named.kind === 'known' ? { ...named.snapshot, groupNames: new Map([[TAP_USERS, 'TAP users']]) } : null;
    const verdict = preflight(input({ groups: answers([]), ...(snapshot ? { policy: { kind: 'known', snapshot } } : {}) }));
    expect(verdict.blocks[0]?.message).toMatch(/outside the TAP policy's groups, so a pass would not work/);
    expect(verdict.blocks[0]?.hint).toContain("'TAP users'");
  });

  it('at administrative-unit scope blocks any role holder, even one a tenant-wide Authentication Administrator may serve', () => {
    const unitScoped = { ...authAdmin, adminUnitScoped: true };
    expect(codes({ technician: authAdmin, roles: [passwordAdmin] })).toEqual([]);
    expect(codes({ technician: unitScoped, roles: [passwordAdmin] })).toEqual(['needs-privileged-role']);
    expect(codes({ technician: unitScoped, roles: [], inRoleGroup: true })).toEqual(['needs-privileged-role']);
    expect(codes({ technician: unitScoped, roles: [] })).toEqual([]);
  });

  it('treats all_users and user targets as included', () => {
    expect(
      codes({
        policy: policy({ includeTargets: [{ targetType: 'group', id: 'all_users' }] }),
        groups: answers([]),
      }),
    ).toEqual([]);
    expect(
      codes({
        policy: policy({ includeTargets: [{ targetType: 'user', id: 'u1' }] }),
        groups: answers([]),
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
    expect(tierOf([], answers([]))).toBe('standard');
    expect(tierOf([passwordAdmin], answers([]))).toBe('privileged');
    expect(tierOf(null, answers([]))).toBe('privileged');
    expect(tierOf([], answers(['vip'])), 'not configured').toBe('standard');
    expect(tierOf([], answers(['vip']), ['VIP'])).toBe('privileged');
    expect(tierOf([], answers([], ['vip']), ['vip']), 'privileged group unknown').toBe('privileged');
    expect(tierOf([], answers(['other']), ['vip'])).toBe('standard');
  });

  it('is privileged for a member or owner of a role-assignable group, and when that is unknown', () => {
    expect(tierOf([], answers([]), [], true)).toBe('privileged');
    expect(tierOf([], answers([]), [], null)).toBe('privileged');
    expect(tierOf([], answers([]), [], false)).toBe('standard');
  });
});
