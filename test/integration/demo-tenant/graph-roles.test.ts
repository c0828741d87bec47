import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { graphErrorOf, rawGraph, tokensFor, upn } from './support';

let tenant: DemoTenant;
let tokens: Record<string, string> = {};
const tap = (who: string) => `/v1.0/users/${encodeURIComponent(who)}/authentication/temporaryAccessPassMethods`;
const post = (as: string, who: string) => rawGraph(tenant, tokens[as] ?? '', 'POST', tap(who), { body: '{}' });
const get = (as: string, path: string) => rawGraph(tenant, tokens[as] ?? '', 'GET', path);
const policyPath = '/v1.0/policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass';

beforeAll(async () => {
  tenant = await startDemoTenant();
  tokens = await tokensFor(tenant, [upn.priya, upn.tom, upn.grace, upn.sam, upn.lena]);
});
afterAll(async () => {
  await tenant.stop();
});

describe('who may mint a TAP for whom (A.4.1)', () => {
  it('Authentication Administrator: members and other Authentication Administrators', async () => {
    expect((await post(upn.tom, upn.adele)).status).toBe(201);
    expect((await post(upn.tom, upn.riley)).status).toBe(201);
  });

  it('Privileged Authentication Administrator: admins too', async () => {
    expect((await post(upn.priya, upn.morgan)).status).toBe(201);
    expect((await post(upn.priya, upn.dana)).status).toBe(201);
  });

  it('AU-scoped Authentication Administrator: members inside the unit only, not its admins', async () => {
    expect((await post(upn.lena, upn.anna)).status).toBe(201);
    expect((await post(upn.lena, upn.adele)).status).toBe(403);
    expect((await post(upn.lena, upn.jonas)).status).toBe(403);
  });

  it('Global Reader reads TAPs and methods but cannot write or delete', async () => {
    expect((await get(upn.grace, tap(upn.nina))).status).toBe(200);
    expect((await get(upn.grace, `/v1.0/users/${upn.morgan}/authentication/methods`)).status).toBe(200);
    const id = tenant.tapOf(upn.nina)?.id ?? '';
    expect((await rawGraph(tenant, tokens[upn.grace] ?? '', 'DELETE', `${tap(upn.nina)}/${id}`)).status).toBe(403);
    expect(tenant.tapOf(upn.nina)?.id).toBe(id);
  });

  it('no role: reads of others are refused too', async () => {
    expect(graphErrorOf((await get(upn.sam, tap(upn.nina))).json).code).toBe('accessDenied');
  });
});

describe('TAP policy read (A.3)', () => {
  it('returns the policy to a Global Reader in the documented shape', async () => {
    const response = await get(upn.grace, policyPath);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({
      '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration',
      id: 'TemporaryAccessPass',
      state: 'enabled',
      defaultLifetimeInMinutes: 60,
      minimumLifetimeInMinutes: 60,
      maximumLifetimeInMinutes: 480,
      defaultLength: 8,
      isUsableOnce: false,
    });
    const tapGroup = tenant.groups.find((g) => g.displayName === 'TAP users');
    expect(response.json?.['includeTargets']).toEqual([{ targetType: 'group', id: tapGroup?.id, isRegistrationRequired: false }]);
    expect((await get(upn.grace, policyPath.replace('TemporaryAccessPass', 'temporaryAccessPass'))).status).toBe(200);
  });

  it('answers 403 to an Authentication Administrator-only technician', async () => {
    const response = await get(upn.tom, policyPath);
    expect(response.status).toBe(403);
    expect(graphErrorOf(response.json).code).toBe('accessDenied');
  });
});

describe('pre-flight reads', () => {
  it('masks phone numbers for an Authentication Administrator, not for a Privileged one', async () => {
    const phoneOf = async (as: string) =>
      ((await get(as, `/v1.0/users/${upn.adele}/authentication/methods`)).json?.['value'] as Record<string, unknown>[]).find((m) => m['@odata.type'] === '#microsoft.graph.phoneAuthenticationMethod')?.['phoneNumber'];
    expect(await phoneOf(upn.tom)).toBe('+1 XXXXXXXX01');
    expect(await phoneOf(upn.priya)).toBe('+1 2065550101');
  });

  it('checkMemberGroups returns the subset of groups the user is in', async () => {
    const ids = tenant.groups.map((g) => g.id);
    const response = await rawGraph(tenant, tokens[upn.tom] ?? '', 'POST', `/v1.0/users/${upn.victor}/checkMemberGroups`, { body: JSON.stringify({ groupIds: ids }) });
    const names = (response.json?.['value'] as string[]).map((id) => tenant.groups.find((g) => g.id === id)?.displayName);
    expect(names.sort()).toEqual(['TAP blocked', 'TAP users']);
  });

  it('filters transitive groups to role-assignable ones only as an advanced query', async () => {
    const path = `/v1.0/users/${upn.dana}/transitiveMemberOf/microsoft.graph.group?$filter=isAssignableToRole%20eq%20true&$count=true`;
    const plain = await get(upn.tom, path);
    expect(plain.status).toBe(400);
    expect(graphErrorOf(plain.json).code).toBe('Request_UnsupportedQuery');
    const advanced = await rawGraph(tenant, tokens[upn.tom] ?? '', 'GET', path, { headers: { ConsistencyLevel: 'eventual' } });
    expect(advanced.status).toBe(200);
    expect((advanced.json?.['value'] as Record<string, unknown>[]).length).toBeGreaterThan(0);
    expect(advanced.json?.['@odata.count']).toBe((advanced.json?.['value'] as unknown[]).length);
    const adele = await rawGraph(tenant, tokens[upn.tom] ?? '', 'GET', path.replace(upn.dana, upn.adele), { headers: { ConsistencyLevel: 'eventual' } });
    expect(adele.json?.['value']).toEqual([]);
  });

  it('lists tenant-wide directory roles; AU-scoped roles show only in role assignments', async () => {
    const roles = async (who: string) => ((await rawGraph(tenant, tokens[upn.tom] ?? '', 'GET', `/v1.0/users/${who}/transitiveMemberOf/microsoft.graph.directoryRole?$count=true`, { headers: { ConsistencyLevel: 'eventual' } })).json?.['value'] as Record<string, unknown>[]).map((r) => r['displayName']);
    expect(await roles(upn.morgan)).toEqual(['Global Administrator']);
    expect(await roles(upn.lena)).toEqual([]);
    const me = ((await rawGraph(tenant, tokens[upn.priya] ?? '', 'GET', '/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole?$count=true', { headers: { ConsistencyLevel: 'eventual' } })).json?.['value'] as Record<string, unknown>[]).map((r) => r['roleTemplateId']);
    expect(me).toContain('7be44c8a-adaf-4e2a-84d6-ab2649e08a13');
    const lenaId = tenant.findUser(upn.lena)?.id ?? '';
    const assignments = (await get(upn.tom, `/v1.0/roleManagement/directory/roleAssignments?$filter=${encodeURIComponent(`principalId eq '${lenaId}'`)}`)).json?.['value'] as Record<string, unknown>[];
    expect(assignments).toHaveLength(1);
    expect(assignments[0]).toMatchObject({ roleDefinitionId: 'c4e39bd9-1100-46d3-8c65-fb160da0071f', directoryScopeId: expect.stringMatching(/^\/administrativeUnits\//u) });
  });
});
