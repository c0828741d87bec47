/** Conformance: the manager and profile-photo reads the card makes ("Get manager", "Get profilePhoto", "JSON batching"). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { graphErrorOf, rawGraph, tokensFor, upn } from './support';

let tenant: DemoTenant;
let token = '';
beforeAll(async () => {
  tenant = await startDemoTenant();
  token = (await tokensFor(tenant, [upn.tom]))[upn.tom] ?? '';
});
afterAll(async () => tenant.stop());

describe('manager', () => {
  it('returns the manager as a user, honouring $select, and 404 when there is none', async () => {
    const adam = await rawGraph(tenant, token, 'GET', `/v1.0/users/adam.vance@contoso.example/manager?$select=displayName,jobTitle`);
    expect(adam.status).toBe(200);
    expect(adam.json).toMatchObject({ displayName: 'Adele Vance', jobTitle: 'Retail Manager' });
    const none = await rawGraph(tenant, token, 'GET', `/v1.0/users/${upn.adele}/manager`);
    expect(none.status).toBe(404);
    expect(graphErrorOf(none.json)).toMatchObject({ code: 'Request_ResourceNotFound', message: expect.stringContaining("Resource 'manager' does not exist") });
  });
});

describe('profile photo', () => {
  it('serves the binary at the documented sizes only, 404 ImageNotFound without a photo', async () => {
    const photo = await tenant.fetch(`${tenant.origin}/v1.0/users/${upn.adele}/photos/48x48/$value`, { headers: { authorization: `Bearer ${token}` } });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await photo.arrayBuffer());
    expect(Buffer.from(bytes.subarray(1, 4)).toString('ascii')).toBe('PNG');
    expect((await rawGraph(tenant, token, 'GET', `/v1.0/users/${upn.adele}/photos/50x50/$value`)).status).toBe(404);
    const missing = await rawGraph(tenant, token, 'GET', `/v1.0/users/${upn.pradeep}/photo/$value`);
    expect(missing.status).toBe(404);
    expect(graphErrorOf(missing.json).code).toBe('ImageNotFound');
  });

  it('comes base64-encoded inside $batch, with its content type', async () => {
    const reply = await rawGraph(tenant, token, 'POST', '/v1.0/$batch', {
      body: JSON.stringify({ requests: [{ id: 'p', method: 'GET', url: `/users/${upn.adele}/photos/48x48/$value` }] }),
    });
    const part = (reply.json?.['responses'] as { status: number; headers: Record<string, string>; body: unknown }[])[0];
    expect(part?.status).toBe(200);
    expect(part?.headers['content-type']).toBe('image/png');
    expect(Buffer.from(String(part?.body), 'base64').subarray(1, 4).toString('ascii')).toBe('PNG');
  });
});
