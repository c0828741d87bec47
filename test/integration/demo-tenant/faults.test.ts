import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError } from '@azure/msal-node';
import { Client, GraphError } from '@microsoft/microsoft-graph-client';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { appScopes, createPca, graphClient, signIn, tokensFor, trustingFetchOptions, upn } from './support';

let tenant: DemoTenant;
let token = '';
const tapApi = `/users/${upn.adele}/authentication/temporaryAccessPassMethods`;
const tapRoute = { method: 'POST', path: /temporaryAccessPassMethods$/u } as const;
const attempts = (method: string, suffix: string) => tenant.requests.filter((r) => r.method === method && r.path.endsWith(suffix));

beforeAll(async () => {
  tenant = await startDemoTenant();
  token = (await tokensFor(tenant, [upn.tom]))[upn.tom] ?? '';
});
afterAll(async () => {
  await tenant.stop();
});

describe('fault injection against the real graph-client', () => {
  it('429 twice with Retry-After 0: graph-client retries and the third attempt succeeds', async () => {
    tenant.resetRequests();
    tenant.faults.throttle(tapRoute, { times: 2 });
    const created = (await graphClient(tenant, () => token).api(tapApi).post({})) as Record<string, unknown>;
    expect(created['temporaryAccessPass']).toBeTruthy();
    expect(attempts('POST', 'temporaryAccessPassMethods').map((r) => r.status)).toEqual([429, 429, 201]);
  });

  it('429 beyond the retry budget surfaces as GraphError 429 with the Retry-After header', async () => {
    tenant.faults.throttle(tapRoute, { times: 10 });
    const error = (await graphClient(tenant, () => token).api(tapApi).post({}).catch((e: unknown) => e)) as GraphError;
    tenant.faults.clear();
    expect(error).toBeInstanceOf(GraphError);
    expect(error.statusCode).toBe(429);
    expect(error.code).toBe('TooManyRequests');
    expect(error.headers?.get('Retry-After')).toBe('0');
  });

  it('503 once is retried', async () => {
    tenant.resetRequests();
    tenant.faults.unavailable({ method: 'GET', path: '/v1.0/me' }, { retryAfter: '0' });
    const me = (await graphClient(tenant, () => token).api('/me').get()) as Record<string, unknown>;
    expect(me['userPrincipalName']).toBe(upn.tom);
    expect(attempts('GET', '/me').map((r) => r.status)).toEqual([503, 200]);
  });

  it('a connection reset reaches graph-client as a network GraphError (statusCode -1)', async () => {
    tenant.faults.reset({ method: 'GET', path: '/v1.0/me' });
    const error = (await graphClient(tenant, () => token).api('/me').get().catch((e: unknown) => e)) as GraphError;
    expect(error.statusCode).toBe(-1);
    expect((await graphClient(tenant, () => token).api('/me').get()) as Record<string, unknown>).toHaveProperty('id');
  });

  it('commit-then-drop: the POST commits server-side but no reply arrives', async () => {
    const before = tenant.tapOf(upn.adele)?.id;
    tenant.faults.commitThenDrop(tapRoute);
    const error = (await graphClient(tenant, () => token).api(tapApi).post({}).catch((e: unknown) => e)) as GraphError;
    expect(error.statusCode).toBe(-1);
    const after = tenant.tapOf(upn.adele);
    expect(after?.id).toBeDefined();
    expect(after?.id).not.toBe(before);
    expect(tenant.requests.at(-1)).toMatchObject({ method: 'POST', status: 0 });
  });

  it('a hang never answers: the client times out, and the tenant still stops cleanly', async () => {
    const other = await startDemoTenant();
    try {
      const otherToken = (await tokensFor(other, [upn.tom]))[upn.tom] ?? '';
      other.faults.hang({ method: 'GET', path: '/v1.0/me' });
      const client = Client.initWithMiddleware({
        authProvider: { getAccessToken: async () => otherToken },
        baseUrl: other.graphBaseUrl,
        customHosts: new Set(['127.0.0.1']),
        fetchOptions: trustingFetchOptions(other, { signal: AbortSignal.timeout(300) }),
      });
      const error = (await client.api('/me').get().catch((e: unknown) => e)) as GraphError;
      expect(error.statusCode).toBe(-1);
      expect(other.requests.at(-1)).toMatchObject({ path: '/v1.0/me', status: 0 });
      other.faults.hang({ method: 'GET', path: '/v1.0/me' });
      const hangs = other.requests.length;
      const stillHanging = other
        .fetch(`${other.origin}/v1.0/me`, { headers: { authorization: `Bearer ${otherToken}` } })
        .then(() => 'answered', () => 'dropped');
      while (other.requests.length === hangs) await new Promise((r) => setTimeout(r, 20));
      await other.stop();
      expect(await stillHanging).toBe('dropped');
    } finally {
      await other.stop();
    }
  });

  it('a non-JSON gateway page leaves GraphError.code null', async () => {
    tenant.faults.nonJson({ method: 'GET', path: '/v1.0/me' }, { status: 502 });
    const error = (await graphClient(tenant, () => token).api('/me').get().catch((e: unknown) => e)) as GraphError;
    expect(error.statusCode).toBe(502);
    expect(error.code).toBeNull();
  });

  it('latency (per route and global) delays but still answers; clear() removes every fault', async () => {
    tenant.faults.latency({ path: '/v1.0/me' }, 30);
    tenant.faults.globalLatency(20);
    tenant.faults.throttle({ path: '/v1.0/me' }, { times: Infinity });
    tenant.faults.clear();
    const me = (await graphClient(tenant, () => token).api('/me').get()) as Record<string, unknown>;
    expect(me['userPrincipalName']).toBe(upn.tom);
    tenant.faults.latency({ path: '/v1.0/me' }, 30);
    expect(((await graphClient(tenant, () => token).api('/me').get()) as Record<string, unknown>)['id']).toBeTruthy();
    tenant.faults.clear();
  });

  it('429 from the token endpoint surfaces in msal-node as a server error with the Entra body', async () => {
    const pca = createPca(tenant);
    const first = await signIn(tenant, pca, upn.tom);
    tenant.faults.throttle({ method: 'POST', path: /\/oauth2\/v2\.0\/token$/u }, { times: 5 });
    const error = (await pca.acquireTokenSilent({ account: first.account!, scopes: appScopes, forceRefresh: true }).catch((e: unknown) => e)) as AuthError;
    tenant.faults.clear();
    expect(error).toBeInstanceOf(AuthError);
    expect(error.errorCode).toBe('temporarily_unavailable');
  });
});
