import { describe, expect, it } from 'vitest';
import type { BatchPart } from '../../../main/graph/batch';
import { parsePolicy } from '../../../main/tap-policy/policy';
import { parseCard } from '../../../main/users/card-parse';
import { groupChunks } from '../../../main/users/card-steps';

const part = (id: string, status: number, body: unknown): [string, BatchPart] => [
  id,
  { id, status, headers: {}, body },
];
const denied = {
  error: {
    code: 'accessDenied',
    message: 'Request Authorization failed',
    innerError: { 'request-id': 'r-9' },
  },
};
const technician = { id: 'tech', userPrincipalName: 'tech@x', capability: 'members' as const };
const user = {
  id: 'u1',
  displayName: 'Dana',
  userPrincipalName: 'dana@x',
  accountEnabled: true,
  userType: 'Member',
  onPremisesSyncEnabled: true,
  jobTitle: 'Ops',
};

describe('parseCard', () => {
  it('keeps the card when optional parts are denied, and reads the denial', () => {
    const facts = parseCard({
      parts: new Map([
        part('user', 200, user),
        part('methods', 403, denied),
        part('tap', 403, denied),
        part('roles', 200, { value: [] }),
      ]),
      groupChunks: new Map(),
      attempts: 1,
      policy: { kind: 'unreadable' },
      technician,
      now: 5,
    });
    expect(facts.card.methods).toBeNull();
    expect(facts.card.tap).toBeNull();
    expect(facts.card.user).toMatchObject({
      isAdmin: false,
      tags: ['Synced'],
      jobTitle: 'Ops',
      onPremisesSyncEnabled: true,
    });
    expect(facts.card.preflight.blocks.map((b) => b.code)).toEqual(['needs-privileged-role']);
    expect(facts.card.tapRead).toBe(false);
    expect(facts.card.preflight.facts.find((f) => f.id === 'current-pass')).toMatchObject({ state: 'not-checked', label: 'the current pass (could not be read)' });
    expect(facts.card.graphRequests).toBe(1);
    expect(facts.loadedAt).toBe(5);
  });

  it('fails the card with the translated error when the user part failed', () => {
    const missing = {
      error: {
        code: 'Request_ResourceNotFound',
        message: "Resource 'x' does not exist",
        innerError: { 'request-id': 'r-1' },
      },
    };
    expect(() =>
      parseCard({
        parts: new Map([part('user', 404, missing)]),
        groupChunks: new Map(),
        attempts: 1,
        policy: { kind: 'unknown' },
        technician,
        now: 0,
      }),
    ).toThrow(expect.objectContaining({ code: 'not-found', requestId: 'r-1' }));
  });

  it('marks unknown admin status as null and the tier privileged', () => {
    const facts = parseCard({
      parts: new Map([part('user', 200, user), part('roles', 503, {})]),
      groupChunks: new Map(),
      attempts: 2,
      policy: { kind: 'unknown' },
      technician,
      now: 0,
    });
    expect(facts.card.user.isAdmin).toBeNull();
    expect(facts.targetPrivileged).toBeNull();
    expect(facts.card.preflight.tier).toBe('privileged');
  });

  it('treats a failed checkMemberGroups chunk as unknown for exactly its groups', () => {
    const include = Array.from({ length: 25 }, (_x, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    const snapshot = parsePolicy({ state: 'enabled', includeTargets: include.map((id) => ({ targetType: 'group', id })), excludeTargets: [] });
    const chunks = groupChunks(include);
    expect([...chunks.keys()]).toEqual(['groups', 'groups-1']);
    const facts = (second: BatchPart['status'], value: string[]) =>
      parseCard({
        parts: new Map([
          part('user', 200, user),
          part('roles', 200, { value: [] }),
          part('roleGroups', 200, { value: [] }),
          part('ownedGroups', 200, { value: [] }),
          part('groups', 200, { value: [] }),
          part('groups-1', second, second === 200 ? { value } : denied),
        ]),
        groupChunks: chunks,
        attempts: 1,
        policy: { kind: 'known', snapshot },
        technician,
        now: 0,
      }).card.preflight.blocks.map((b) => b.code);
    expect(facts(503, [])).toEqual(['not-checked']);
    expect(facts(200, [])).toEqual(['user-not-in-policy']);
    expect(facts(200, [include[24] ?? ''])).toEqual([]);
  });

  it('makes the owner of a role-assignable group privileged', () => {
    const facts = parseCard({
      parts: new Map([
        part('user', 200, user),
        part('roles', 200, { value: [] }),
        part('roleGroups', 200, { value: [] }),
        part('ownedGroups', 200, { value: [{ id: 'g', isAssignableToRole: true }] }),
      ]),
      groupChunks: new Map(),
      attempts: 1,
      policy: { kind: 'unreadable' },
      technician,
      now: 0,
    });
    expect(facts.targetPrivileged).toBe(true);
    expect(facts.card.preflight.blocks.map((b) => b.code)).toEqual(['needs-privileged-role']);
  });
});
