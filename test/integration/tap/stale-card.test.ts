/**
 * Issue 13 item 5: the mint trusts nothing older than the moment it is sent. A pass made
 * elsewhere after the card was read is never replaced silently; two mints for one user at once
 * make exactly one POST; a revoke holds the user the same way.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { graphRequests } from '../graph/graph-fixture';
import { createDesk, evidence } from '../graph/services-fixture';
import { signInAs, type SignedIn } from '../graph/sign-in';
import { rawGraph } from '../demo-tenant/support';

const u = (name: string): string => `${name}@contoso.example`;
let tenant: DemoTenant;
let priya: SignedIn;
beforeAll(async () => {
  tenant = await startDemoTenant();
  priya = await signInAs(tenant, u('priya.natarajan'));
});
afterAll(async () => tenant.stop());
beforeEach(() => tenant.faults.clear());

const tapPosts = () => graphRequests(tenant).filter((r) => r.method === 'POST' && r.path.endsWith('/temporaryAccessPassMethods'));
const request = (user: string, replace: boolean) => ({ user, lifetimeInMinutes: 60, isUsableOnce: true, replace, verification: evidence('standard') });

/** A pass made directly on the tenant, as another technician or the portal would. */
async function passMadeElsewhere(user: string): Promise<string> {
  const token = await priya.tokens.getGraphToken();
  const created = await rawGraph(tenant, token, 'POST', `/v1.0/users/${encodeURIComponent(user)}/authentication/temporaryAccessPassMethods`, { body: '{}' });
  expect(created.status).toBe(201);
  return String(created.json?.['id']);
}

describe('a pass made after the card was read', () => {
  it('makes a mint without "replace" refuse, with nothing sent', async () => {
    const desk = createDesk(tenant, priya);
    const card = await desk.users.card({ user: u('megan.bowen') });
    expect(card.tap).toBeNull();
    const elsewhere = await passMadeElsewhere(u('megan.bowen'));
    tenant.resetRequests();
    await expect(desk.tap.mint(request(u('megan.bowen'), false))).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/since you opened the card/u) });
    expect(tapPosts()).toEqual([]);
    expect(tenant.tapOf(u('megan.bowen'))?.id).toBe(elsewhere);
    // The card now knows the pass is there.
    expect((await desk.users.facts(u('megan.bowen'))).card.tap?.id).toBe(elsewhere);
  });

  it('is journalled as "replace" when the technician confirmed replacing', async () => {
    const desk = createDesk(tenant, priya);
    await desk.users.card({ user: u('miriam.graham') });
    const elsewhere = await passMadeElsewhere(u('miriam.graham'));
    const outcome = await desk.tap.mint(request(u('miriam.graham'), true));
    expect(outcome.kind).toBe('minted');
    expect(tenant.tapOf(u('miriam.graham'))?.id).not.toBe(elsewhere);
    expect(desk.audit.at(-1)).toMatchObject({ action: 'replace', result: 'success' });
  });

  it('refuses a mint for an account disabled since the card was read', async () => {
    const desk = createDesk(tenant, priya);
    await desk.users.card({ user: u('nestor.wilke') });
    tenant.setAccountEnabled(u('nestor.wilke'), false);
    try {
      tenant.resetRequests();
      await expect(desk.tap.mint(request(u('nestor.wilke'), false))).rejects.toMatchObject({ code: 'account-disabled' });
      expect(tapPosts()).toEqual([]);
    } finally {
      tenant.setAccountEnabled(u('nestor.wilke'), true);
    }
  });
});

describe('one mint or revoke per user at a time', () => {
  it('two concurrent mints for one user make exactly one POST and one clear refusal', async () => {
    const desk = createDesk(tenant, priya);
    const card = await desk.users.card({ user: u('lynne.robbins') });
    tenant.resetRequests();
    const both = await Promise.allSettled([desk.tap.mint(request(u('lynne.robbins'), false)), desk.tap.mint(request(card.user.id, false))]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = both.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused?.reason).toMatchObject({ code: 'conflict', message: 'A pass for this user is already being created or revoked.' });
    expect(tapPosts()).toHaveLength(1);
    // Held only while it runs: the next one goes through.
    await expect(desk.tap.mint(request(u('lynne.robbins'), true))).resolves.toMatchObject({ kind: 'minted' });
  });

  it('a revoke while a mint runs for the same user is refused', async () => {
    const desk = createDesk(tenant, priya);
    await desk.users.card({ user: u('lee.gu') });
    tenant.faults.latency({ path: /temporaryAccessPassMethods$/u }, 300);
    const minting = desk.tap.mint(request(u('lee.gu'), false));
    await expect(desk.tap.revoke({ user: u('lee.gu'), tapId: 'any', ticket: 'INC-1001' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(minting).resolves.toMatchObject({ kind: 'minted' });
  });
});
