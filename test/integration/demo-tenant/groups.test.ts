/** Conformance: `GET /groups/{id}` ("Get group"): the default properties, or only those `$select` names. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { graphErrorOf, rawGraph, tokensFor, upn } from './support';

const tapUsers = '8c1fe3ec-77e7-4332-82b6-9b0f9975ce6a';

let tenant: DemoTenant;
let token = '';
beforeAll(async () => {
  tenant = await startDemoTenant();
  token = (await tokensFor(tenant, [upn.tom]))[upn.tom] ?? '';
});
afterAll(async () => tenant.stop());

describe('get group', () => {
  it('returns the default properties without $select', async () => {
    const group = await rawGraph(tenant, token, 'GET', `/v1.0/groups/${tapUsers}`);
    expect(group.status).toBe(200);
    expect(group.json).toEqual({
      '@odata.context': `${tenant.origin}/v1.0/$metadata#groups/$entity`,
      id: tapUsers,
      displayName: 'TAP users',
      description: 'Users who may be issued a Temporary Access Pass (TAP policy include target).',
      isAssignableToRole: false,
    });
  });

  it('returns only the properties $select names, and says so in the context', async () => {
    const group = await rawGraph(
      tenant,
      token,
      'GET',
      `/v1.0/groups/${tapUsers}?$select=id,displayName`,
    );
    expect(group.status).toBe(200);
    expect(group.json).toEqual({
      '@odata.context': `${tenant.origin}/v1.0/$metadata#groups(id,displayName)/$entity`,
      id: tapUsers,
      displayName: 'TAP users',
    });
    const anyCase = await rawGraph(
      tenant,
      token,
      'GET',
      `/v1.0/groups/${tapUsers}?$select=ISASSIGNABLETOROLE`,
    );
    expect(anyCase.json).toMatchObject({ isAssignableToRole: false });
    expect(anyCase.json).not.toHaveProperty('displayName');
  });

  it('refuses a property a group does not have', async () => {
    const group = await rawGraph(tenant, token, 'GET', `/v1.0/groups/${tapUsers}?$select=shoeSize`);
    expect(group.status).toBe(400);
    expect(graphErrorOf(group.json).message).toBe(
      "Could not find a property named 'shoeSize' on type 'microsoft.graph.group'.",
    );
  });
});
