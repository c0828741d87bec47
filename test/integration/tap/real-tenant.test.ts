/**
 * Against the strict demo tenant: both of Entra's answers for a user outside the TAP policy end
 * in one clear refusal and no pass; roles activated after sign-in count; the first card after
 * sign-in is one request.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createManualClock } from '../../fakes/manual-clock';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { graphRequests } from '../graph/graph-fixture';
import { connectAs, type DemoConnection } from '../graph/connection-fixture';
import { evidence } from '../graph/services-fixture';

const u = (name: string): string => `${name}@contoso.example`;
let tenant: DemoTenant;
beforeAll(async () => {
  tenant = await startDemoTenant();
});
afterAll(async () => tenant.stop());
afterEach(() => tenant.setTapBehaviour({ rejectCreateOutsidePolicy: true }));

async function signedIn(upn: string, clock?: ReturnType<typeof createManualClock>): Promise<DemoConnection> {
  const connection = connectAs(tenant, upn, clock ? { clock } : {});
  await connection.auth.signIn({ flow: 'browser' });
  await connection.users.warmUp();
  return connection;
}

const mint = (connection: DemoConnection, user: string) =>
  connection.tap.mint({ user, lifetimeInMinutes: 60, isUsableOnce: false, replace: true, verification: evidence('standard') });

describe('a user outside the TAP policy', () => {
  it("Entra's 400: refused in a technician's words, no pass anywhere", async () => {
    const tom = await signedIn(u('tom.becker'));
    const card = await tom.users.card({ user: u('oliver.grant') });
    expect(card.preflight.blocks).toEqual([]); // Tom may not read the policy: only Graph can say
    await expect(mint(tom, u('oliver.grant'))).rejects.toMatchObject({ code: 'user-not-in-policy', message: expect.stringMatching(/outside the TAP policy's groups/u) });
    expect(tenant.tapOf(u('oliver.grant'))).toBeNull();
    expect(tom.passes.size).toBe(0);
    expect(tom.audit.map((e) => [e.action, e.result, e.errorCode])).toEqual([['mint', 'failure', 'user-not-in-policy']]);
  });

  it("Entra's older 201 with isUsable false: the pass is deleted at once, journalled, never handed over", async () => {
    tenant.setTapBehaviour({ rejectCreateOutsidePolicy: false });
    const tom = await signedIn(u('tom.becker'));
    await tom.users.card({ user: u('oliver.grant') });
    tenant.resetRequests();
    const failure = mint(tom, u('oliver.grant'));
    await expect(failure).rejects.toMatchObject({ code: 'user-not-in-policy', message: expect.stringMatching(/would not work\. TAP Desk deleted it at once\./u) });
    // The check right before the POST is one $batch; then the POST and the DELETE, nothing else.
    expect(graphRequests(tenant).map((r) => `${r.method} ${r.path.split('/').pop() ?? ''}`)).toEqual([
      'POST $batch',
      'POST temporaryAccessPassMethods',
      expect.stringMatching(/^DELETE /u),
    ]);
    expect(tenant.tapOf(u('oliver.grant'))).toBeNull();
    expect(tom.passes.size).toBe(0);
    expect(tom.audit.map((e) => [e.action, e.result, e.errorCode])).toEqual([
      ['mint', 'failure', 'user-not-in-policy'],
      ['revoke', 'success', undefined],
    ]);
    expect(tom.audit.every((e) => e.ticket === 'INC-1001')).toBe(true);
  });

  it('is caught by pre-flight wherever the policy is readable, naming the group, with nothing sent', async () => {
    const priya = await signedIn(u('priya.natarajan'));
    const card = await priya.users.card({ user: u('oliver.grant') });
    expect(card.preflight.blocks).toEqual([
      expect.objectContaining({ code: 'user-not-in-policy', hint: expect.stringContaining("'TAP users'") }),
    ]);
    tenant.resetRequests();
    await expect(mint(priya, u('oliver.grant'))).rejects.toMatchObject({ code: 'user-not-in-policy' });
    expect(graphRequests(tenant)).toEqual([]);
  });
});

describe('sign-in', () => {
  it('warms the TAP policy, so the first card after sign-in is one request', async () => {
    tenant.resetRequests();
    const priya = connectAs(tenant, u('priya.natarajan'));
    await priya.auth.signIn({ flow: 'browser' });
    // Nobody asked for the policy: the sign-in itself reads it (and its group names) in the background.
    await vi.waitFor(() => expect(graphRequests(tenant).some((r) => r.path.endsWith('/TemporaryAccessPass'))).toBe(true));
    await priya.users.warmUp();
    tenant.resetRequests();
    const card = await priya.users.card({ user: u('adele.vance') });
    expect(graphRequests(tenant)).toHaveLength(1);
    expect(card.graphRequests).toBe(1);
    expect(card.preflight.policy).not.toBeNull();
  });
});

describe('roles activated after sign-in (PIM)', () => {
  it('count after "Refresh my roles", without signing out', async () => {
    const own = await startDemoTenant();
    try {
      const sam = connectAs(own, u('sam.okafor'));
      await sam.auth.signIn({ flow: 'browser' });
      expect((await sam.users.card({ user: u('adele.vance') })).preflight.blocks.map((b) => b.code)).toEqual(['forbidden']);
      own.activateRole(u('sam.okafor'), 'Authentication Administrator');
      const session = await sam.refreshRoles();
      expect(session.state === 'signed-in' && session.technician).toMatchObject({ capability: 'members', roles: ['Authentication Administrator'] });
      expect((await sam.users.card({ user: u('adele.vance') })).preflight.blocks).toEqual([]);
    } finally {
      await own.stop();
    }
  });

  it('are re-read by themselves before a card is blocked because of them, once they are a minute old', async () => {
    const own = await startDemoTenant();
    try {
      const clock = createManualClock(Date.now());
      const sam = connectAs(own, u('sam.okafor'), { clock });
      await sam.auth.signIn({ flow: 'browser' });
      own.activateRole(u('sam.okafor'), 'Authentication Administrator');
      // Fresh roles are trusted: no re-read within the minute.
      expect((await sam.users.card({ user: u('adele.vance') })).preflight.blocks.map((b) => b.code)).toEqual(['forbidden']);
      clock.advance(61_000);
      expect((await sam.users.card({ user: u('adele.vance') })).preflight.blocks).toEqual([]);
      expect(sam.auth.technician()?.capability).toBe('members');
    } finally {
      await own.stop();
    }
  });
});
