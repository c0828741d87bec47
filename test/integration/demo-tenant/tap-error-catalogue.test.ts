import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock, type ManualClock } from '../../fakes/manual-clock';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { graphErrorOf, rawGraph, tokensFor, upn } from './support';

/** Every row of graph-msal-spec.md A.2.6, asserted on the wire. */
let tenant: DemoTenant;
let clock: ManualClock;
let tokens: Record<string, string> = {};
const tap = (who: string) => `/v1.0/users/${encodeURIComponent(who)}/authentication/temporaryAccessPassMethods`;
const post = (as: string, who: string, body: unknown = {}) => rawGraph(tenant, tokens[as] ?? '', 'POST', tap(who), { body: JSON.stringify(body) });

beforeAll(async () => {
  clock = createManualClock(Date.parse('2026-11-26T09:00:00Z'));
  tenant = await startDemoTenant({ clock });
  tokens = await tokensFor(tenant, [upn.priya, upn.tom, upn.grace, upn.sam, upn.lena]);
});
afterAll(async () => {
  await tenant.stop();
});

async function expectError(response: Awaited<ReturnType<typeof rawGraph>>, status: number, code: string, message: string | RegExp): Promise<void> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')?.split(';')[0]).toBe('application/json');
  const error = graphErrorOf(response.json);
  expect(error.code).toBe(code);
  if (typeof message === 'string') expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
  expect(error.innerError['request-id']).toBe(response.headers.get('request-id'));
  expect(error.innerError['date']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/u);
}

describe('A.2.6 TAP error catalogue', () => {
  it('201 on the happy path (baseline for the rows below)', async () => {
    expect((await post(upn.tom, upn.adele)).status).toBe(201);
  });

  it('401 InvalidAuthenticationToken: empty, unparsable, forged and expired tokens', async () => {
    await expectError(await rawGraph(tenant, null, 'POST', tap(upn.adele), { body: '{}' }), 401, 'InvalidAuthenticationToken', 'Access token is empty.');
    await expectError(await rawGraph(tenant, 'not-a-jwt', 'POST', tap(upn.adele), { body: '{}' }), 401, 'InvalidAuthenticationToken', /^CompactToken parsing failed/u);
    const [h, p] = (tokens[upn.tom] ?? '').split('.');
    const claims = JSON.parse(Buffer.from(p ?? '', 'base64url').toString()) as Record<string, unknown>;
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, wids: ['62e90394-69f5-4237-9190-012177145e10'] })).toString('base64url')}.AAAA`;
    await expectError(await rawGraph(tenant, forged, 'GET', '/v1.0/me'), 401, 'InvalidAuthenticationToken', 'Access token validation failure.');
    const later = createManualClock(clock.now());
    const expiredTenant = await startDemoTenant({ clock: later });
    try {
      const old = (await tokensFor(expiredTenant, [upn.tom]))[upn.tom] ?? '';
      later.advance(2 * 3600_000);
      const response = await rawGraph(expiredTenant, old, 'GET', '/v1.0/me');
      await expectError(response, 401, 'InvalidAuthenticationToken', 'Access token has expired or is not yet valid.');
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
    } finally {
      await expiredTenant.stop();
    }
  });

  it('403 accessDenied when the token lacks the write scope', async () => {
    const readOnly = (await tokensFor(tenant, [upn.priya], ['User.Read', 'UserAuthenticationMethod.Read.All']))[upn.priya] ?? '';
    await expectError(await rawGraph(tenant, readOnly, 'POST', tap(upn.adele), { body: '{}' }), 403, 'accessDenied', 'Request Authorization failed');
    expect((await rawGraph(tenant, readOnly, 'GET', tap(upn.adele))).status).toBe(200);
  });

  it('404 Request_ResourceNotFound for an unknown user', async () => {
    await expectError(await post(upn.tom, 'ghost@contoso.example'), 404, 'Request_ResourceNotFound', "Resource 'ghost@contoso.example' does not exist or one of its queried reference-property objects are not present.");
  });

  it('403 accessDenied: no role, Authentication Administrator on admins, self-issuance, Global Reader writing', async () => {
    await expectError(await post(upn.sam, upn.adele), 403, 'accessDenied', 'Request Authorization failed');
    await expectError(await post(upn.tom, upn.morgan), 403, 'accessDenied', 'Request Authorization failed');
    await expectError(await post(upn.tom, upn.dana), 403, 'accessDenied', 'Request Authorization failed');
    await expectError(await post(upn.tom, upn.tom), 403, 'accessDenied', 'Request Authorization failed');
    await expectError(await post(upn.priya, upn.priya), 403, 'accessDenied', 'Request Authorization failed');
    await expectError(await post(upn.grace, upn.adele), 403, 'accessDenied', 'Request Authorization failed');
  });

  it('400 badRequest for an external guest (an internal guest is fine)', async () => {
    await expectError(await post(upn.tom, upn.jamie), 400, 'badRequest', 'Temporary Access Pass cannot be added to an external guest user.');
    expect((await post(upn.tom, upn.pat)).status).toBe(201);
  });

  it('400 badRequest when the policy is disabled or the user is outside its targets', async () => {
    const message = 'Converged UserCredentialPolicy does not allow creating or updating this authentication method. AuthMethodType [TemporaryAccessPass].';
    await expectError(await post(upn.tom, upn.pradeep), 400, 'badRequest', message);
    await expectError(await post(upn.tom, upn.victor), 400, 'badRequest', message);
    tenant.setTapPolicy({ state: 'disabled' });
    await expectError(await post(upn.tom, upn.adele), 400, 'badRequest', message);
    tenant.setTapPolicy({ state: 'enabled' });
    tenant.setTapBehaviour({ rejectCreateOutsidePolicy: false });
    expect((await post(upn.tom, upn.pradeep)).status).toBe(201);
    tenant.setTapBehaviour({ rejectCreateOutsidePolicy: true });
  });

  it('400 badRequest for isUsableOnce:false while the policy forces one-time', async () => {
    tenant.setTapPolicy({ isUsableOnce: true });
    await expectError(await post(upn.tom, upn.adele, { isUsableOnce: false }), 400, 'badRequest', 'Invalid IsUsableOnce specified. Tenant Policy does not allow multiple use temporary access pass method.');
    const created = await post(upn.tom, upn.adele, {});
    tenant.setTapPolicy({ isUsableOnce: false });
    expect(created.json?.['isUsableOnce']).toBe(true);
  });

  it('400 badRequest for a lifetime outside the policy bounds, with innerError.message', async () => {
    const message = 'Invalid LifetimeInMinutes specified. The valid range between 60 and 480.';
    await expectError(await post(upn.tom, upn.adele, { lifetimeInMinutes: 59 }), 400, 'badRequest', message);
    const high = await post(upn.tom, upn.adele, { lifetimeInMinutes: 481 });
    await expectError(high, 400, 'badRequest', message);
    expect(graphErrorOf(high.json).innerError['message']).toBe(message);
    tenant.setTapPolicy({ minimumLifetimeInMinutes: 10, maximumLifetimeInMinutes: 43200 });
    expect((await post(upn.tom, upn.adele, { lifetimeInMinutes: 10 })).status).toBe(201);
    tenant.setTapPolicy({ minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 480 });
  });

  it('400 badRequest for a startDateTime in the past', async () => {
    const past = new Date(clock.now() - 3600_000).toISOString();
    await expectError(await post(upn.tom, upn.adele, { startDateTime: past }), 400, 'badRequest', 'Invalid StartDateTime specified. It can not be a time in the past.');
  });

  it('does not limit how far ahead startDateTime may be unless switched on', async () => {
    const farAhead = new Date(clock.now() + 400 * 86_400_000).toISOString();
    expect((await post(upn.tom, upn.adele, { startDateTime: farAhead })).status).toBe(201);
    tenant.setTapBehaviour({ maxStartDaysAhead: 30 });
    expect((await post(upn.tom, upn.adele, { startDateTime: farAhead })).status).toBe(400);
    tenant.setTapBehaviour({ maxStartDaysAhead: null });
  });

  it('429 TooManyRequests with Retry-After and the throttling innerError', async () => {
    tenant.faults.throttle({ method: 'POST', path: /temporaryAccessPassMethods$/u }, { retryAfter: '2.128' });
    const response = await post(upn.tom, upn.adele);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2.128');
    expect(response.json).toMatchObject({ error: { code: 'TooManyRequests', message: 'Please retry again later.', innerError: { code: '429', status: '429', message: 'Please retry after' } } });
  });

  it('400 for malformed JSON and wrong types, before the user is looked up', async () => {
    const malformed = await rawGraph(tenant, tokens[upn.tom] ?? '', 'POST', tap('ghost@contoso.example'), { body: '{"lifetimeInMinutes":' });
    await expectError(malformed, 400, 'BadRequest', /^Unable to read JSON request payload/u);
    await expectError(await post(upn.tom, upn.adele, { lifetimeInMinutes: '60' }), 400, 'BadRequest', "Cannot convert the literal '60' to the expected type 'Edm.Int32'.");
    await expectError(await post(upn.tom, upn.adele, { isUsableOnce: 'yes' }), 400, 'BadRequest', "Cannot convert the literal 'yes' to the expected type 'Edm.Boolean'.");
    await expectError(await post(upn.tom, upn.adele, { startDateTime: 'tomorrow' }), 400, 'BadRequest', "Cannot convert the literal 'tomorrow' to the expected type 'Edm.DateTimeOffset'.");
  });

  it('validates in the documented order: role before guest before policy before one-time before lifetime before start', async () => {
    tenant.setTapPolicy({ isUsableOnce: true });
    const everythingWrong = { isUsableOnce: false, lifetimeInMinutes: 5, startDateTime: new Date(clock.now() - 86_400_000).toISOString() };
    expect(graphErrorOf((await post(upn.sam, upn.jamie, everythingWrong)).json).code).toBe('accessDenied');
    expect(graphErrorOf((await post(upn.tom, upn.jamie, everythingWrong)).json).message).toContain('external guest');
    expect(graphErrorOf((await post(upn.tom, upn.victor, everythingWrong)).json).message).toContain('Converged UserCredentialPolicy');
    expect(graphErrorOf((await post(upn.tom, upn.adele, everythingWrong)).json).message).toContain('IsUsableOnce');
    tenant.setTapPolicy({ isUsableOnce: false });
    expect(graphErrorOf((await post(upn.tom, upn.adele, everythingWrong)).json).message).toContain('LifetimeInMinutes');
    expect(graphErrorOf((await post(upn.tom, upn.adele, { ...everythingWrong, lifetimeInMinutes: 60 })).json).message).toContain('StartDateTime');
  });
});
