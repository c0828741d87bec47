/**
 * Conformance: where Entra and Graph are stricter than a lenient emulator would be (issue 11).
 * Each block names the Microsoft Learn page it was checked against.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { appScopes, graphErrorOf, rawGraph, tokensFor, upn } from './support';

let tenant: DemoTenant;
let tokens: Record<string, string> = {};
let roleless = '';
const tapPath = (who: string) => `/v1.0/users/${encodeURIComponent(who)}/authentication/temporaryAccessPassMethods`;
const as = (who: string) => tokens[who] ?? '';
const eventual = { ConsistencyLevel: 'eventual' };

beforeAll(async () => {
  tenant = await startDemoTenant();
  tokens = await tokensFor(tenant, [upn.priya, upn.tom, upn.lena, upn.hugo, upn.mia]);
  // Without RoleManagement.Read.Directory (or Directory.Read.All) role objects come back limited.
  roleless = (await tokensFor(tenant, [upn.tom], appScopes.filter((s) => s !== 'RoleManagement.Read.Directory')))[upn.tom] ?? '';
});
afterAll(async () => {
  await tenant.stop();
});

describe('a user outside the TAP policy targets ("Configure Temporary Access Pass")', () => {
  it('is refused with the converged-policy 400 by default', async () => {
    const reply = await rawGraph(tenant, as(upn.tom), 'POST', tapPath(upn.oliver), { body: '{}' });
    expect(reply.status).toBe(400);
    expect(graphErrorOf(reply.json).message).toMatch(/^Converged UserCredentialPolicy does not allow/u);
    expect(tenant.tapOf(upn.oliver)).toBeNull();
  });

  it('with the older behaviour switched on, gets a pass that is never usable', async () => {
    tenant.setTapBehaviour({ rejectCreateOutsidePolicy: false });
    try {
      const created = await rawGraph(tenant, as(upn.tom), 'POST', tapPath(upn.oliver), { body: '{}' });
      expect(created.status).toBe(201);
      expect(created.json).toMatchObject({ isUsable: false, methodUsabilityReason: 'DisabledByPolicy' });
      const listed = await rawGraph(tenant, as(upn.tom), 'GET', tapPath(upn.oliver));
      expect(listed.json?.['value']).toEqual([expect.objectContaining({ isUsable: false, methodUsabilityReason: 'DisabledByPolicy' })]);
    } finally {
      tenant.setTapBehaviour({ rejectCreateOutsidePolicy: true });
    }
  });
});

describe('OData casts are advanced queries ("List a user\'s memberships", "Advanced query capabilities on directory objects")', () => {
  const casts = [
    `/v1.0/users/${upn.dana}/transitiveMemberOf/microsoft.graph.directoryRole`,
    `/v1.0/users/${upn.dana}/transitiveMemberOf/microsoft.graph.group`,
    `/v1.0/users/${upn.owen}/ownedObjects/microsoft.graph.group`,
    '/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole',
  ];

  it.each(casts)('%s needs ConsistencyLevel: eventual and $count=true', async (path) => {
    const bare = await rawGraph(tenant, as(upn.tom), 'GET', path);
    const headerOnly = await rawGraph(tenant, as(upn.tom), 'GET', path, { headers: eventual });
    const countOnly = await rawGraph(tenant, as(upn.tom), 'GET', `${path}?$count=true`);
    for (const refused of [bare, headerOnly, countOnly]) {
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/json');
      expect(graphErrorOf(refused.json).code).toBe('Request_UnsupportedQuery');
    }
    const advanced = await rawGraph(tenant, as(upn.tom), 'GET', `${path}?$count=true`, { headers: eventual });
    expect(advanced.status).toBe(200);
    expect(advanced.json?.['@odata.count']).toBe((advanced.json?.['value'] as unknown[]).length);
  });

  it('inside $batch the header is per request: the outer one does not count', async () => {
    const url = `/users/${upn.dana}/transitiveMemberOf/microsoft.graph.group?$count=true`;
    const reply = await rawGraph(tenant, as(upn.tom), 'POST', '/v1.0/$batch', {
      headers: eventual,
      body: JSON.stringify({ requests: [{ id: 'bare', method: 'GET', url }, { id: 'own', method: 'GET', url, headers: eventual }] }),
    });
    const statuses = Object.fromEntries((reply.json?.['responses'] as { id: string; status: number }[]).map((r) => [r.id, r.status]));
    expect(statuses).toEqual({ bare: 400, own: 200 });
  });
});

describe('limits and shapes', () => {
  it('checkMemberGroups takes at most 20 ids ("directoryObject: checkMemberGroups")', async () => {
    const ids = (n: number) => Array.from({ length: n }, (_x, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    const path = `/v1.0/users/${upn.adele}/checkMemberGroups`;
    expect((await rawGraph(tenant, as(upn.tom), 'POST', path, { body: JSON.stringify({ groupIds: ids(20) }) })).status).toBe(200);
    const over = await rawGraph(tenant, as(upn.tom), 'POST', path, { body: JSON.stringify({ groupIds: ids(21) }) });
    expect(over.status).toBe(400);
  });

  it('a $batch part with a body and no Content-Type refuses the batch ("JSON batching")', async () => {
    const part = { id: 'check', method: 'POST', url: `/users/${upn.adele}/checkMemberGroups`, body: { groupIds: [] } };
    const missing = await rawGraph(tenant, as(upn.tom), 'POST', '/v1.0/$batch', { body: JSON.stringify({ requests: [part] }) });
    expect(missing.status).toBe(400);
    expect(graphErrorOf(missing.json).message).toContain('check');
    const typed = await rawGraph(tenant, as(upn.tom), 'POST', '/v1.0/$batch', {
      body: JSON.stringify({ requests: [{ ...part, headers: { 'Content-Type': 'application/json' } }] }),
    });
    expect(typed.status).toBe(200);
  });

  it('role objects carry only id and type without RoleManagement.Read.Directory ("List a user\'s memberships")', async () => {
    const path = `/v1.0/users/${upn.morgan}/transitiveMemberOf/microsoft.graph.directoryRole?$count=true`;
    const full = (await rawGraph(tenant, as(upn.tom), 'GET', path, { headers: eventual })).json?.['value'] as Record<string, unknown>[];
    expect(full[0]).toMatchObject({ displayName: 'Global Administrator', roleTemplateId: '62e90394-69f5-4237-9190-012177145e10' });
    const limited = (await rawGraph(tenant, roleless, 'GET', path, { headers: eventual })).json?.['value'] as Record<string, unknown>[];
    expect(limited).toHaveLength(1);
    expect(limited[0]).toMatchObject({ '@odata.type': '#microsoft.graph.directoryRole', id: full[0]?.['id'], displayName: null, roleTemplateId: null });
  });

  it('the redirect URI host must match a registered one exactly; the loopback port is free ("Redirect URI (reply URL) outline and restrictions")', async () => {
    const authorize = async (redirect: string) => {
      const url = new URL(`${tenant.authority}/oauth2/v2.0/authorize`);
      for (const [k, v] of Object.entries({ client_id: tenant.clientId, redirect_uri: redirect, response_type: 'code', response_mode: 'form_post', scope: 'User.Read', state: 's' })) url.searchParams.set(k, v);
      const response = await tenant.fetch(url);
      return { status: response.status, text: await response.text() };
    };
    expect((await authorize('http://localhost:49152')).status).toBe(200);
    expect((await authorize('http://localhost:61000')).status).toBe(200);
    const other = await authorize('http://127.0.0.1:49152');
    expect(other.status).toBe(400);
    expect(other.text).toContain('AADSTS50011');
    expect((await authorize('http://localhost:49152/elsewhere')).status).toBe(400);
  });
});

describe('administrative units ("Assign Microsoft Entra roles with administrative unit scope")', () => {
  const post = (by: string, who: string) => rawGraph(tenant, as(by), 'POST', tapPath(who), { body: '{}' });

  it('a unit-scoped Privileged Authentication Administrator serves role-free unit members only', async () => {
    expect((await post(upn.hugo, upn.anna)).status).toBe(201);
    expect((await post(upn.hugo, upn.adele)).status).toBe(403);
    const admin = await post(upn.hugo, upn.jonas);
    expect(admin.status).toBe(403);
    expect(graphErrorOf(admin.json).code).toBe('Authorization_RequestDenied');
  });

  it('at unit scope any role makes the target sensitive, even one harmless tenant-wide', async () => {
    const lena = await post(upn.lena, upn.klara);
    expect(lena.status).toBe(403);
    expect(graphErrorOf(lena.json).code).toBe('Authorization_RequestDenied');
    expect((await post(upn.tom, upn.klara)).status).toBe(201);
  });

  it('a unit role held through a role-assignable group works like a direct one, and is listed on the group', async () => {
    expect((await post(upn.mia, upn.felix)).status).toBe(201);
    expect((await post(upn.mia, upn.adele)).status).toBe(403);
    expect((await rawGraph(tenant, as(upn.mia), 'GET', tapPath(upn.morgan))).status).toBe(200);
    const group = tenant.groups.find((g) => g.displayName === 'Munich desk');
    const filter = encodeURIComponent(`principalId eq '${group?.id ?? ''}'`);
    const assignments = (await rawGraph(tenant, as(upn.priya), 'GET', `/v1.0/roleManagement/directory/roleAssignments?$filter=${filter}`)).json?.['value'] as Record<string, unknown>[];
    expect(assignments).toEqual([expect.objectContaining({ roleDefinitionId: 'c4e39bd9-1100-46d3-8c65-fb160da0071f', directoryScopeId: expect.stringMatching(/^\/administrativeUnits\//u) })]);
    const miaId = tenant.findUser(upn.mia)?.id ?? '';
    const own = (await rawGraph(tenant, as(upn.priya), 'GET', `/v1.0/roleManagement/directory/roleAssignments?$filter=${encodeURIComponent(`principalId eq '${miaId}'`)}`)).json?.['value'] as Record<string, unknown>[];
    expect(own.map((a) => a['roleDefinitionId'])).toEqual(['f2ef992c-3afb-46b9-b7cf-a126ee74c451']);
  });

  it('owners of a role-assignable group are privileged targets', async () => {
    expect((await post(upn.tom, upn.owen)).status).toBe(403);
    expect((await post(upn.priya, upn.owen)).status).toBe(201);
  });
});
