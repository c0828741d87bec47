import { connect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { graphErrorOf, rawGraph, tokensFor, upn } from './support';

let tenant: DemoTenant;
let token = '';
beforeAll(async () => {
  tenant = await startDemoTenant();
  token = (await tokensFor(tenant, [upn.tom]))[upn.tom] ?? '';
});
afterAll(async () => {
  await tenant.stop();
});

describe('bad input gets a Graph-shaped answer, never a crash or a hang', () => {
  it('echoes client-request-id and sends request-id on every Graph reply', async () => {
    const response = await rawGraph(tenant, token, 'GET', '/v1.0/me', { headers: { 'client-request-id': 'abc-123', 'accept-language': '*' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('client-request-id')).toBe('abc-123');
    expect(response.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/u);
    const error = await rawGraph(tenant, token, 'GET', '/v1.0/users/ghost', { headers: { 'client-request-id': 'abc-456' } });
    expect(graphErrorOf(error.json).innerError['client-request-id']).toBe('abc-456');
  });

  it('malformed JSON → 400 BadRequest', async () => {
    const response = await rawGraph(tenant, token, 'POST', `/v1.0/users/${upn.adele}/authentication/temporaryAccessPassMethods`, { body: '{not json' });
    expect(response.status).toBe(400);
    expect(graphErrorOf(response.json).code).toBe('BadRequest');
  });

  it('an unknown segment under a version → 400 "Resource not found for the segment"', async () => {
    const response = await rawGraph(tenant, token, 'GET', '/v1.0/users/x/widgets');
    expect(response.status).toBe(400);
    expect(graphErrorOf(response.json).message).toBe("Resource not found for the segment 'widgets'.");
    expect(graphErrorOf((await rawGraph(tenant, token, 'GET', '/v1.0/groups')).json).message).toBe("Resource not found for the segment 'groups'.");
  });

  it('an unknown path outside Graph and Entra → 404 in the Graph envelope', async () => {
    const response = await rawGraph(tenant, token, 'GET', '/favicon.ico');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(graphErrorOf(response.json).code).toBe('NotFound');
  });

  it('a wrong method → 405 with Allow', async () => {
    const response = await rawGraph(tenant, token, 'PATCH', `/v1.0/users/${upn.adele}/authentication/temporaryAccessPassMethods`, { body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    expect(graphErrorOf(response.json).code).toBe('Request_BadRequest');
    const token405 = await tenant.fetch(`${tenant.authority}/oauth2/v2.0/token`);
    expect(token405.status).toBe(405);
    expect(((await token405.json()) as Record<string, unknown>)['error']).toBe('invalid_request');
  });

  it('a body over 1 MB → 413, and the server keeps serving', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(1024 * 1024 + 10) });
    const response = await rawGraph(tenant, token, 'POST', `/v1.0/users/${upn.adele}/authentication/temporaryAccessPassMethods`, { body: big });
    expect(response.status).toBe(413);
    expect(graphErrorOf(response.json).code).toBe('RequestEntityTooLarge');
    expect((await rawGraph(tenant, token, 'GET', '/v1.0/me')).status).toBe(200);
  });

  it('survives a client that drops the TLS handshake', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: Number(new URL(tenant.origin).port), rejectUnauthorized: false }, () => {
        socket.write('GET /v1.0/me HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{"partial":');
        socket.destroy();
        resolve();
      });
      socket.on('error', () => resolve());
    });
    expect((await rawGraph(tenant, token, 'GET', '/v1.0/me')).status).toBe(200);
  });

  it('refuses a Graph call over plain TLS without the CA (trust is scoped to tenant.fetch)', async () => {
    await expect(fetch(`${tenant.origin}/v1.0/me`)).rejects.toThrow();
  });
});
