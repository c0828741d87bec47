/**
 * The demo plays the person at the desk (issue 19 item 4): they sign in with the pass (a one-time
 * pass turns `OneTimeUsed`, as Graph reports it) and register a method that lists with its
 * `createdDateTime` ("List methods"), on the tenant clock, when asked or for every new pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../fakes/manual-clock';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { rawGraph, tokensFor, upn } from './support';

const clock = createManualClock(Date.now());
let tenant: DemoTenant;
let token = '';
beforeAll(async () => {
  tenant = await startDemoTenant({ clock });
  token = (await tokensFor(tenant, [upn.priya]))[upn.priya] ?? '';
});
afterAll(async () => tenant.stop());

const methodsOf = async (who: string) =>
  ((await rawGraph(tenant, token, 'GET', `/v1.0/users/${encodeURIComponent(who)}/authentication/methods`)).json?.['value'] ?? []) as Record<string, unknown>[];
const mint = (who: string, isUsableOnce: boolean) =>
  rawGraph(tenant, token, 'POST', `/v1.0/users/${encodeURIComponent(who)}/authentication/temporaryAccessPassMethods`, { body: JSON.stringify({ isUsableOnce }) });

describe('the demo person', () => {
  it('uses a one-time pass now and registers Authenticator after the pause', async () => {
    expect((await mint(upn.adele, true)).status).toBe(201);
    tenant.playPerson(upn.adele, { register: 'microsoftAuthenticator', afterMs: 20_000 });
    expect(tenant.tapOf(upn.adele)).toMatchObject({ isUsable: false, methodUsabilityReason: 'OneTimeUsed' });
    const before = (await methodsOf(upn.adele)).length;
    clock.advance(20_000);
    const after = await methodsOf(upn.adele);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-2)).toMatchObject({
      '@odata.type': '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
      displayName: 'iPhone 15',
    });
    // Graph's own format: seven fractional digits; the time is when the method was registered.
    expect(Date.parse(String(after.at(-2)?.['createdDateTime']))).toBe(clock.now());
  });

  it('leaves a multi-use pass usable after signing in, as Entra does', async () => {
    expect((await mint(upn.anna, false)).status).toBe(201);
    tenant.playPerson(upn.anna, { register: null });
    expect(tenant.tapOf(upn.anna)).toMatchObject({ isUsable: true, methodUsabilityReason: 'EnabledByPolicy' });
  });

  it('plays every new pass by itself when training asks for it (CLI --play-person)', async () => {
    tenant.setTapBehaviour({ playPersonAfterMs: 30_000 });
    try {
      expect((await mint(upn.conor, true)).status).toBe(201);
      clock.advance(30_000);
      expect(tenant.tapOf(upn.conor)?.methodUsabilityReason).toBe('OneTimeUsed');
      clock.advance(30_000);
      expect((await methodsOf(upn.conor)).some((m) => m['@odata.type'] === '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod')).toBe(true);
    } finally {
      tenant.setTapBehaviour({ playPersonAfterMs: null });
    }
  });
});
