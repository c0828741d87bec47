/**
 * Issue 19: after "Handed over" the person is followed against the demo tenant, which plays
 * them (the pass used, a method registered after a pause on the tenant clock). One light request
 * per person per poll, none once nothing can change; a revoke is one action with the same ticket.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createManualClock, type ManualClock } from '../../fakes/manual-clock';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { connectAs, type ConnectOptions, type DemoConnection } from '../graph/connection-fixture';
import { graphRequests } from '../graph/graph-fixture';
import { evidence } from '../graph/services-fixture';

const u = (name: string): string => `${name}@contoso.example`;
let tenant: DemoTenant | undefined;
afterEach(async () => {
  await tenant?.stop();
  tenant = undefined;
});

interface Desk {
  readonly tenant: DemoTenant;
  readonly clock: ManualClock;
  readonly desk: DemoConnection;
}

async function deskWith(options: ConnectOptions['follow'] = {}): Promise<Desk> {
  const clock = createManualClock(Date.now());
  tenant = await startDemoTenant({ clock });
  const desk = connectAs(tenant, u('priya.natarajan'), { clock, follow: options });
  await desk.auth.signIn({ flow: 'browser' });
  return { tenant, clock, desk };
}

/** Mints for `who` and starts following them, as "Handed over" does. */
async function handOver({ desk }: Desk, who: string, isUsableOnce: boolean): Promise<string> {
  const card = await desk.users.card({ user: u(who) });
  const outcome = await desk.tap.mint({ user: card.user.id, lifetimeInMinutes: 60, isUsableOnce, replace: true, verification: evidence(card.preflight.tier) });
  if (outcome.kind !== 'minted') throw new Error('no pass');
  const { tap } = outcome.handoff;
  desk.follow.start({ userId: card.user.id, displayName: card.user.displayName, userPrincipalName: card.user.userPrincipalName, tapId: tap.id, tapCreatedAt: Date.parse(tap.createdDateTime), isUsableOnce, ticket: 'INC-1001' });
  return card.user.id;
}

const stateOf = (desk: DemoConnection, userId: string) => desk.follow.list().people.find((p) => p.userId === userId);
const polls = (t: DemoTenant) => graphRequests(t).filter((r) => r.path.endsWith('$batch')).length;

/** Moves the clock one poll on and waits for that poll's answer to land. */
async function tick(d: Desk, ms: number): Promise<void> {
  const before = d.desk.followLists.length;
  d.clock.advance(ms);
  await vi.waitFor(() => expect(d.desk.followLists.length).toBeGreaterThan(before));
}

describe('following the person after hand-over', () => {
  it('sees a one-time pass used, then the method registered, then stops polling', async () => {
    const d = await deskWith();
    const id = await handOver(d, 'adele.vance', true);
    await tick(d, 10_000);
    expect(stateOf(d.desk, id)).toMatchObject({ state: 'waiting', passLive: true });

    d.tenant.playPerson(id, { register: 'microsoftAuthenticator', afterMs: 15_000 });
    await tick(d, 10_000);
    expect(stateOf(d.desk, id)).toMatchObject({ state: 'used', passLive: false, passUsedSeenAt: expect.any(String) });

    await tick(d, 10_000); // the tenant registers the method at +15 s; this poll sees it
    expect(stateOf(d.desk, id)).toMatchObject({ state: 'registered', registered: { label: 'Microsoft Authenticator', detail: 'iPhone 15' } });
    expect(d.desk.registered.map((f) => f.registered?.label)).toEqual(['Microsoft Authenticator']);

    // Nothing can change any more: no more requests however long the desk stays open.
    const after = polls(d.tenant);
    d.clock.advance(20 * 60_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(polls(d.tenant)).toBe(after);
  });

  it('offers to revoke a multi-use pass once a method is registered: one action, the same ticket', async () => {
    const d = await deskWith();
    const id = await handOver(d, 'adam.vance', false);
    d.tenant.playPerson(id, { register: 'fido2' });
    await tick(d, 10_000);
    expect(stateOf(d.desk, id)).toMatchObject({ state: 'registered', passLive: true });
    const list = await d.desk.follow.revoke(id);
    expect(list.people.find((p) => p.userId === id)).toMatchObject({ state: 'revoked', passLive: false });
    expect(d.tenant.tapOf(id)).toBeNull();
    expect(d.desk.audit.at(-1)).toMatchObject({ action: 'revoke', result: 'success', ticket: 'INC-1001' });
  });

  it('revokes by itself when policy says so', async () => {
    const d = await deskWith({ revokeOnRegistration: true });
    const id = await handOver(d, 'alan.steiner', false);
    d.tenant.playPerson(id, { register: 'windowsHelloForBusiness' });
    await tick(d, 10_000);
    await vi.waitFor(() => expect(stateOf(d.desk, id)?.state).toBe('revoked'));
    expect(d.tenant.tapOf(id)).toBeNull();
  });

  it('says the pass was never used when the wait ends, and still offers the revoke', async () => {
    const d = await deskWith({ waitMinutes: 1 });
    const id = await handOver(d, 'megan.bowen', true);
    await tick(d, 10_000);
    for (let i = 0; i < 5 && stateOf(d.desk, id)?.state === 'waiting'; i++) await tick(d, 20_000);
    expect(stateOf(d.desk, id)).toMatchObject({ state: 'ended-unused', passLive: true });
  });

  it('throttling and a dropped connection neither stop other people nor duplicate a revoke', async () => {
    const d = await deskWith();
    const first = await handOver(d, 'miriam.graham', false);
    const second = await handOver(d, 'nestor.wilke', false);
    d.tenant.faults.throttle({ path: new RegExp(`${first}/authentication/methods$`, 'u') }, { retryAfter: '0', times: 20 });
    d.tenant.playPerson(second, { register: 'microsoftAuthenticator' });
    await tick(d, 10_000);
    await vi.waitFor(() => expect(stateOf(d.desk, second)?.state).toBe('registered'));
    // The first person's poll is still retrying its throttled reads; it settles on its own time.
    await vi.waitFor(() =>
      expect(stateOf(d.desk, first)).toMatchObject({ state: 'waiting', problem: expect.stringMatching(/tries again/u) }),
    );

    d.tenant.faults.clear();
    d.tenant.faults.reset({ method: 'DELETE', path: /temporaryAccessPassMethods\//u });
    await expect(d.desk.follow.revoke(second)).rejects.toBeDefined();
    await d.desk.follow.revoke(second).catch(() => undefined);
    const deletes = graphRequests(d.tenant).filter((r) => r.method === 'DELETE');
    expect(deletes.length).toBeLessThanOrEqual(2);
    expect(d.tenant.tapOf(second)).toBeNull();
  });
});
