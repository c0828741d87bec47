import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@microsoft/microsoft-graph-client';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { graphClient, graphErrorOf, rawGraph, tokensFor, upn } from './support';

let tenant: DemoTenant;
let client: Client;
let token = '';
beforeAll(async () => {
  tenant = await startDemoTenant();
  token = (await tokensFor(tenant, [upn.tom]))[upn.tom] ?? '';
  client = graphClient(tenant, () => token);
});
afterAll(async () => {
  await tenant.stop();
});

type BatchReply = { responses: { id: string; status: number; headers: Record<string, string>; body?: Record<string, unknown> }[] };

describe('POST /$batch', () => {
  it('answers a user card in one round trip with per-request status, headers and body', async () => {
    const who = encodeURIComponent(upn.nina);
    tenant.resetRequests();
    const reply = (await client.api('/$batch').post({
      requests: [
        { id: '1', method: 'GET', url: `/users/${who}?$select=id,displayName,accountEnabled` },
        { id: '2', method: 'GET', url: `/users/${who}/authentication/methods` },
        { id: '3', method: 'GET', url: `/users/${who}/authentication/temporaryAccessPassMethods` },
        { id: '4', method: 'GET', url: '/users/nobody@contoso.example' },
        { id: '5', method: 'GET', url: '/users?$search="displayName:nina"' },
        { id: '6', method: 'GET', url: '/users?$search="displayName:nina"', headers: { ConsistencyLevel: 'eventual' } },
      ],
    })) as BatchReply;
    expect(tenant.requests).toHaveLength(1);
    const byId = new Map(reply.responses.map((r) => [r.id, r]));
    expect(byId.get('1')).toMatchObject({ status: 200, body: { displayName: 'Nina Patel', accountEnabled: true } });
    expect(byId.get('1')?.headers['content-type']).toContain('application/json');
    expect(byId.get('2')?.status).toBe(200);
    expect((byId.get('3')?.body?.['value'] as unknown[]).length).toBe(1);
    expect(byId.get('4')).toMatchObject({ status: 404, body: { error: { code: 'Request_ResourceNotFound' } } });
    expect(byId.get('5')?.status).toBe(400);
    expect(byId.get('6')?.status).toBe(200);
  });

  it('runs a POST inside a batch and returns 201 with the pass', async () => {
    const reply = (await client.api('/$batch').post({
      requests: [{ id: 'mint', method: 'POST', url: `/users/${upn.adele}/authentication/temporaryAccessPassMethods`, headers: { 'Content-Type': 'application/json' }, body: { lifetimeInMinutes: 60 } }],
    })) as BatchReply;
    expect(reply.responses[0]?.status).toBe(201);
    expect(String(reply.responses[0]?.body?.['temporaryAccessPass'])).toHaveLength(8);
  });

  it('refuses more than 20 requests, duplicate ids and nested batches', async () => {
    const many = Array.from({ length: 21 }, (_x, i) => ({ id: String(i), method: 'GET', url: '/me' }));
    const tooMany = await rawGraph(tenant, token, 'POST', '/v1.0/$batch', { body: JSON.stringify({ requests: many }) });
    expect(tooMany.status).toBe(400);
    expect(graphErrorOf(tooMany.json).code).toBe('BadRequest');
    const twenty = await rawGraph(tenant, token, 'POST', '/v1.0/$batch', { body: JSON.stringify({ requests: many.slice(0, 20) }) });
    expect((twenty.json as unknown as BatchReply).responses).toHaveLength(20);
    const dup = await rawGraph(tenant, token, 'POST', '/v1.0/$batch', { body: JSON.stringify({ requests: [{ id: 'a', method: 'GET', url: '/me' }, { id: 'a', method: 'GET', url: '/me' }] }) });
    expect(dup.status).toBe(400);
    const nested = await rawGraph(tenant, token, 'POST', '/v1.0/$batch', { body: JSON.stringify({ requests: [{ id: 'n', method: 'POST', url: '/$batch', headers: { 'Content-Type': 'application/json' }, body: { requests: [] } }] }) });
    expect((nested.json as unknown as BatchReply).responses[0]?.status).toBe(400);
  });

  it('throttles an individual request inside a batch when a fault targets it', async () => {
    tenant.faults.throttle({ path: /authentication\/methods$/u }, { retryAfter: '1' });
    const reply = (await client.api('/$batch').post({
      requests: [
        { id: '1', method: 'GET', url: `/users/${upn.adele}` },
        { id: '2', method: 'GET', url: `/users/${upn.adele}/authentication/methods` },
      ],
    })) as BatchReply;
    expect(reply.responses.map((r) => r.status)).toEqual([200, 429]);
    expect(reply.responses[1]?.headers['retry-after']).toBe('1');
  });
});
