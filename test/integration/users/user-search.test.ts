import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { graphRequests } from '../graph/graph-fixture';
import { createDesk } from '../graph/services-fixture';
import { signInAs, type SignedIn } from '../graph/sign-in';

let tenant: DemoTenant;
let grace: SignedIn;

beforeAll(async () => {
  tenant = await startDemoTenant();
  grace = await signInAs(tenant, 'grace.liu@contoso.example');
});
afterAll(async () => tenant.stop());
beforeEach(() => {
  tenant.faults.clear();
  tenant.resetRequests();
});

/** This test's searches only: a cancelled request from an earlier test may still land in the log. */
const searchesFor = (text: string) =>
  graphRequests(tenant).filter((r) => r.path === '/v1.0/users' && r.url.includes(text));

const upns = (reply: { users: readonly { userPrincipalName: string }[] }): string[] =>
  reply.users.map((u) => u.userPrincipalName);

describe('users.search', () => {
  it('finds by name, UPN prefix, object id and employee id', async () => {
    const desk = createDesk(tenant, grace);
    expect(upns(await desk.users.search({ query: 'adele' }))).toContain(
      'adele.vance@contoso.example',
    );
    expect(upns(await desk.users.search({ query: 'adam.v@' }))).toEqual([]);
    expect(upns(await desk.users.search({ query: 'adam.vance@' }))).toEqual([
      'adam.vance@contoso.example',
    ]);
    const id = tenant.findUser('lee.gu@contoso.example')?.id ?? '';
    expect(upns(await desk.users.search({ query: id.toUpperCase() }))).toEqual([
      'lee.gu@contoso.example',
    ]);
    expect(upns(await desk.users.search({ query: 'E10041' }))).toEqual([
      'tom.becker@contoso.example',
    ]);
  });

  it("survives a #, &, ' or quote in the query (URL-encoded, escaped)", async () => {
    const desk = createDesk(tenant, grace);
    expect(
      upns(await desk.users.search({ query: 'jamie.partner_fabrikam.example#EXT#@' })),
    ).toEqual(['jamie.partner_fabrikam.example#EXT#@contoso.example']);
    expect(upns(await desk.users.search({ query: "Conor O'Brien" }))).toContain(
      'conor.obrien@contoso.example',
    );
    expect((await desk.users.search({ query: 'a&b "c" \\ d#e+f' })).users).toEqual([]);
    expect((await desk.users.search({ query: "o'brien@x&y" })).users).toEqual([]);
    const search = graphRequests(tenant).filter((r) => r.path === '/v1.0/users');
    expect(search.every((r) => r.status === 200)).toBe(true);
    // The raw query reached the server whole: nothing after # was cut into a fragment.
    expect(
      search.some(
        (r) =>
          r.url.includes('%23EXT%23') &&
          r.url.includes('%24top') === false &&
          r.url.includes('$top=15'),
      ),
    ).toBe(true);
  });

  it('tags guests, disabled and synced users', async () => {
    const desk = createDesk(tenant, grace);
    const [evan] = (await desk.users.search({ query: 'evan.marsh@' })).users;
    expect(evan?.tags).toEqual(expect.arrayContaining(['Disabled', 'Synced']));
    const [pat] = (await desk.users.search({ query: 'pat.contractor@' })).users;
    expect(pat?.tags).toEqual(['Guest']);
  });

  it('never returns a stale reply: an overtaken search answers with the newest result', async () => {
    const desk = createDesk(tenant, grace);
    tenant.faults.latency({ path: '/v1.0/users' }, 300);
    const first = desk.users.search({ query: 'adele' });
    const second = desk.users.search({ query: 'megan' });
    const [a, b] = await Promise.all([first, second]);
    expect(a.query).toBe('megan');
    expect(b.query).toBe('megan');
    expect(upns(a)).toEqual(['megan.bowen@contoso.example']);
    expect(upns(b)).toEqual(upns(a));
  });

  it('cancel() abandons the search in flight', async () => {
    const desk = createDesk(tenant, grace);
    tenant.faults.latency({ path: '/v1.0/users' }, 300);
    const pending = desk.users.search({ query: 'adele' });
    await desk.users.cancel();
    expect(await pending).toEqual({ query: 'adele', users: [] });
  });

  it('rides out a 429 storm by retrying with Retry-After', async () => {
    const desk = createDesk(tenant, grace);
    tenant.faults.throttle({ path: '/v1.0/users' }, { times: 3, retryAfter: '0' });
    const reply = await desk.users.search({ query: 'lynne' });
    expect(upns(reply)).toEqual(['lynne.robbins@contoso.example']);
    expect(desk.graph.counter.retries).toBe(3);
    expect(searchesFor('lynne').map((r) => r.status)).toEqual([429, 429, 429, 200]);
  });

  it('reports throttling with the wait when retries run out', async () => {
    const desk = createDesk(tenant, grace);
    tenant.faults.throttle({ path: '/v1.0/users' }, { times: 4, retryAfter: '0' });
    await expect(desk.users.search({ query: 'isaiah' })).rejects.toMatchObject({
      code: 'throttled',
      hint: 'Wait 1 second and try again.',
    });
    expect(searchesFor('isaiah').map((r) => r.status)).toEqual([429, 429, 429, 429]);
  });
});
