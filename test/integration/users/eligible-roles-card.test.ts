/**
 * Issue 17 item 3: the card reads the target's PIM eligibility in its one `$batch`. Eligible for
 * a role outside the harmless list → privileged tier, and a members-only technician is blocked
 * even though Graph would mint; a harmless role changes nothing; a technician who may not read
 * others' eligibility gets "not checked" with why, and nothing else changes (the lead's decision).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardFact, UserCard } from '../../../preload/contract';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { connectAs } from '../graph/connection-fixture';
import { graphRequests } from '../graph/graph-fixture';

const u = (name: string): string => `${name}@contoso.example`;
let tenant: DemoTenant;
const idOf = (name: string): string => tenant.findUser(u(name))?.id ?? '';
const eligibleFact = (card: UserCard): CardFact | undefined => card.preflight.facts.find((f) => f.id === 'eligible-roles');

beforeAll(async () => {
  tenant = await startDemoTenant();
  // Adele may activate Global Administrator; Adam only Password Administrator (a harmless role).
  tenant.pim.makeEligible(u('adele.vance'), 'Global Administrator');
  tenant.pim.makeEligible(u('adam.vance'), 'Password Administrator');
  // A tenant-wide Authentication Administrator who may also read others' PIM data.
  tenant.activateRole(u('riley.chen'), 'Authentication Administrator');
  tenant.activateRole(u('riley.chen'), 'Global Reader');
});
afterAll(async () => tenant.stop());

async function deskAs(name: string) {
  const desk = connectAs(tenant, u(name));
  await desk.auth.signIn({ flow: 'browser' });
  await desk.users.warmUp();
  return desk;
}

describe("the target's eligible roles", () => {
  it('eligible for Global Administrator: privileged tier and a block for a members-only technician, in one request', async () => {
    const riley = await deskAs('riley.chen');
    expect(riley.auth.technician()?.capability).toBe('members');
    tenant.resetRequests();
    const card = await riley.users.card({ user: idOf('adele.vance') });
    expect(graphRequests(tenant).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1.0/$batch']);
    expect(card.user.adminRoles).toEqual([]);
    expect(eligibleFact(card)).toMatchObject({ state: 'problem', label: 'May activate Global Administrator in PIM' });
    expect(card.preflight.tier).toBe('privileged');
    expect(card.preflight.blocks.map((b) => b.code)).toEqual(['needs-privileged-role']);
  });

  it('a Privileged Authentication Administrator may still mint, with the stricter checks', async () => {
    const priya = await deskAs('priya.natarajan');
    const card = await priya.users.card({ user: idOf('adele.vance') });
    expect(eligibleFact(card)).toMatchObject({ state: 'ok', label: 'May activate Global Administrator in PIM' });
    expect(card.preflight.tier).toBe('privileged');
    expect(card.preflight.blocks).toEqual([]);
  });

  it('a harmless eligible role is shown and changes nothing', async () => {
    const riley = await deskAs('riley.chen');
    const card = await riley.users.card({ user: idOf('adam.vance') });
    expect(eligibleFact(card)).toMatchObject({ state: 'ok', label: 'May activate Password Administrator in PIM' });
    expect(card.preflight.tier).toBe('standard');
    expect(card.preflight.blocks).toEqual([]);
  });

  it('not eligible for anything: said as checked', async () => {
    const riley = await deskAs('riley.chen');
    const card = await riley.users.card({ user: idOf('anna.schmidt') });
    expect(eligibleFact(card)).toEqual({ id: 'eligible-roles', state: 'ok', label: 'Not eligible for any role in PIM' });
  });

  it('a technician who may not read it (403) is told so; tier and blocks stay as Graph would have them', async () => {
    const tom = await deskAs('tom.becker');
    const card = await tom.users.card({ user: idOf('adele.vance') });
    expect(eligibleFact(card)).toMatchObject({ state: 'not-checked', detail: expect.stringContaining("may not read other people's eligible roles") });
    expect(card.preflight.tier).toBe('standard');
    expect(card.preflight.blocks).toEqual([]);
  });

  it('a card read by UPN cannot filter by principal id: not checked, with why', async () => {
    const priya = await deskAs('priya.natarajan');
    const card = await priya.users.card({ user: u('adele.vance') });
    expect(eligibleFact(card)).toMatchObject({ state: 'not-checked', detail: expect.stringContaining('object id') });
  });
});
