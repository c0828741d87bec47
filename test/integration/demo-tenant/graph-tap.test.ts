import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphError} from '@microsoft/microsoft-graph-client';
import { type Client } from '@microsoft/microsoft-graph-client';
import { createManualClock, type ManualClock } from '../../fakes/manual-clock';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { passAlphabet } from '../../../main/demo-tenant/graph/pass';
import { graphClient, tokensFor, upn } from './support';

let tenant: DemoTenant;
let clock: ManualClock;
let client: Client;
let token = '';
const tapPath = (who: string) => `/users/${encodeURIComponent(who)}/authentication/temporaryAccessPassMethods`;

beforeAll(async () => {
  clock = createManualClock(Date.parse('2026-11-26T09:00:00Z'));
  tenant = await startDemoTenant({ clock });
  client = graphClient(tenant, () => token);
});
afterAll(async () => {
  await tenant.stop();
});
// Tokens expire on the tenant clock, so sign in again after moving it.
const refreshToken = async (): Promise<void> => {
  token = (await tokensFor(tenant, [upn.tom]))[upn.tom] ?? '';
};

describe('temporaryAccessPassMethods', () => {
  it('creates a TAP: 201, pass only in the POST body, policy defaults applied', async () => {
    await refreshToken();
    const created = (await client.api(tapPath(upn.adele)).post({})) as Record<string, unknown>;
    expect(created['@odata.type']).toBe('#microsoft.graph.temporaryAccessPassAuthenticationMethod');
    expect(created).toMatchObject({ lifetimeInMinutes: 60, isUsableOnce: false, isUsable: true, methodUsabilityReason: 'EnabledByPolicy' });
    const pass = String(created['temporaryAccessPass']);
    expect(pass).toHaveLength(8);
    expect([...pass].every((c) => passAlphabet.includes(c))).toBe(true);
    expect(created['createdDateTime']).toMatch(/^2026-11-26T09:00:00\.\d{7}Z$/u);

    const list = (await client.api(tapPath(upn.adele)).get()) as { value: Record<string, unknown>[] };
    expect(list.value).toHaveLength(1);
    expect(list.value[0]).toMatchObject({ id: created['id'], temporaryAccessPass: null });
    expect(list.value[0]).not.toHaveProperty('@odata.type');
    const one = (await client.api(`${tapPath(upn.adele)}/${String(created['id'])}`).get()) as Record<string, unknown>;
    expect(one).toMatchObject({ '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethod', temporaryAccessPass: null });
    expect(tenant.tapOf(upn.adele)).not.toHaveProperty('temporaryAccessPass');
  });

  it('draws passes of policy length from the whole alphabet, including symbols', async () => {
    tenant.setTapPolicy({ defaultLength: 48 });
    const passes: string[] = [];
    for (let i = 0; i < 6; i++) passes.push(String(((await client.api(tapPath('megan.bowen@contoso.example')).post({})) as Record<string, unknown>)['temporaryAccessPass']));
    tenant.setTapPolicy({ defaultLength: 8 });
    expect(passes.every((p) => p.length === 48)).toBe(true);
    expect(new Set(passes).size).toBe(6);
    expect(passes.join('')).toMatch(/[^A-Za-z0-9]/u);
  });

  it('replaces an existing TAP with a new id (one TAP per user)', async () => {
    const before = tenant.tapOf(upn.adele);
    const replaced = (await client.api(tapPath(upn.adele)).post({ lifetimeInMinutes: 120 })) as Record<string, unknown>;
    expect(replaced['id']).not.toBe(before?.id);
    const list = (await client.api(tapPath(upn.adele)).get()) as { value: Record<string, unknown>[] };
    expect(list.value.map((t) => t['id'])).toEqual([replaced['id']]);
  });

  it('can refuse a second TAP while one is live (legacy behaviour switch)', async () => {
    tenant.setTapBehaviour({ replaceExistingTap: false });
    const error = (await client.api(tapPath(upn.adele)).post({}).catch((e: unknown) => e)) as GraphError;
    tenant.setTapBehaviour({ replaceExistingTap: true });
    expect(error.statusCode).toBe(400);
  });

  it('computes isUsable at read time from the clock: NotYetValid, EnabledByPolicy, Expired', async () => {
    const start = new Date(clock.now() + 2 * 3600_000).toISOString();
    const created = (await client.api(tapPath('isaiah.langer@contoso.example')).post({ startDateTime: start, lifetimeInMinutes: 60, isUsableOnce: true })) as Record<string, unknown>;
    expect(created).toMatchObject({ isUsable: false, methodUsabilityReason: 'NotYetValid', isUsableOnce: true });
    clock.advance(2 * 3600_000 + 60_000);
    await refreshToken();
    const active = (await client.api(tapPath('isaiah.langer@contoso.example')).get()) as { value: Record<string, unknown>[] };
    expect(active.value[0]).toMatchObject({ isUsable: true, methodUsabilityReason: 'EnabledByPolicy' });
    tenant.markTapUsed('isaiah.langer@contoso.example');
    expect(tenant.tapOf('isaiah.langer@contoso.example')?.methodUsabilityReason).toBe('OneTimeUsed');
    clock.advance(3600_000);
    await refreshToken();
    const expired = (await client.api(tapPath('isaiah.langer@contoso.example')).get()) as { value: Record<string, unknown>[] };
    expect(expired.value[0]).toMatchObject({ isUsable: false, methodUsabilityReason: 'Expired' });
  });

  it('shows DisabledByPolicy when the policy is switched off after creation', async () => {
    await client.api(tapPath('joni.sherman@contoso.example')).post({});
    tenant.setTapPolicy({ state: 'disabled' });
    const list = (await client.api(tapPath('joni.sherman@contoso.example')).get()) as { value: Record<string, unknown>[] };
    tenant.setTapPolicy({ state: 'enabled' });
    expect(list.value[0]).toMatchObject({ isUsable: false, methodUsabilityReason: 'DisabledByPolicy' });
  });

  it('deletes a TAP with 204 (graph-client resolves undefined) and then 404s on it', async () => {
    const created = (await client.api(tapPath('grady.archie@contoso.example')).post({})) as Record<string, unknown>;
    const result: unknown = await client.api(`${tapPath('grady.archie@contoso.example')}/${String(created['id'])}`).delete();
    expect(result).toBeUndefined();
    expect(tenant.tapOf('grady.archie@contoso.example')).toBeNull();
    const error = (await client.api(`${tapPath('grady.archie@contoso.example')}/${String(created['id'])}`).get().catch((e: unknown) => e)) as GraphError;
    expect(error.statusCode).toBe(404);
  });

  it('shows the seeded live TAP and lists it among authentication methods', async () => {
    const methods = (await client.api(`/users/${upn.nina}/authentication/methods`).get()) as { value: Record<string, unknown>[] };
    const types = methods.value.map((m) => m['@odata.type']);
    expect(types).toEqual(expect.arrayContaining(['#microsoft.graph.passwordAuthenticationMethod', '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod', '#microsoft.graph.temporaryAccessPassAuthenticationMethod']));
    expect(methods.value.find((m) => m['@odata.type'] === '#microsoft.graph.temporaryAccessPassAuthenticationMethod')?.['temporaryAccessPass']).toBeNull();
  });

  it('serves the beta route with lastUsedDateTime', async () => {
    const created = (await client.api(tapPath(upn.adele)).version('beta').post({})) as Record<string, unknown>;
    expect(created).toHaveProperty('lastUsedDateTime', null);
    expect(created['@odata.context']).toContain('/beta/');
  });
});
