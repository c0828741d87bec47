import { afterEach, describe, expect, it } from 'vitest';
import { createNodeHttp } from '../../../main/net/fetch-http';
import { createMsalNetworkClient } from '../../../main/net/msal-network-client';
import { AppFailure } from '../../../main/kernel/result';
import { closedPort, httpServer, type Running } from './loopback-servers';

const running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

interface Seen {
  method?: string;
  contentType?: string;
  body?: string;
}

async function echoServer(seen: Seen, reply: { status: number; type: string; body: string }): Promise<Running> {
  const server = await httpServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      Object.assign(seen, { method: req.method, contentType: req.headers['content-type'], body });
      res.writeHead(reply.status, { 'Content-Type': reply.type, 'Retry-After': '7' });
      res.end(reply.body);
    });
  });
  running.push(server);
  return server;
}

describe('createMsalNetworkClient', () => {
  it('returns status, lower-case headers and the parsed JSON body of a GET', async () => {
    const seen: Seen = {};
    const server = await echoServer(seen, { status: 200, type: 'application/json', body: '{"issuer":"x"}' });
    const client = createMsalNetworkClient(createNodeHttp());
    const response = await client.sendGetRequestAsync<{ issuer: string }>(`http://127.0.0.1:${server.port}/oidc`);
    expect(seen.method).toBe('GET');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ issuer: 'x' });
    expect(response.headers['retry-after']).toBe('7');
  });

  it('POSTs the form body and headers MSAL gives it, and hands back error bodies with their status', async () => {
    const seen: Seen = {};
    const server = await echoServer(seen, { status: 400, type: 'application/json', body: '{"error":"invalid_grant"}' });
    const client = createMsalNetworkClient(createNodeHttp());
    const response = await client.sendPostRequestAsync<{ error: string }>(`http://127.0.0.1:${server.port}/token`, {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8' },
      body: 'grant_type=refresh_token&client_id=abc',
    });
    expect(seen).toEqual({
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded;charset=utf-8',
      body: 'grant_type=refresh_token&client_id=abc',
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_grant');
    expect(client.takeFailure()).toBeUndefined();
  });

  it('reports an HTML page (a proxy block page) as a failure that names the host', async () => {
    const server = await echoServer({}, { status: 403, type: 'text/html; charset=utf-8', body: '<html>Blocked</html>' });
    const client = createMsalNetworkClient(createNodeHttp());
    await expect(client.sendPostRequestAsync(`http://127.0.0.1:${server.port}/token`, { body: '' })).rejects.toThrow(
      AppFailure,
    );
    const failure = client.takeFailure();
    expect(failure?.code).toBe('offline');
    expect(failure?.message).toContain(`127.0.0.1:${server.port}`);
    expect(failure?.message).toContain('HTTP 403, text/html');
  });

  it('remembers the classified network failure once, for the auth layer to report', async () => {
    const port = await closedPort();
    const client = createMsalNetworkClient(createNodeHttp());
    await expect(client.sendGetRequestAsync(`https://127.0.0.1:${port}/t/v2.0/.well-known/openid-configuration`)).rejects.toThrow();
    const failure = client.takeFailure();
    expect(failure?.code).toBe('offline');
    expect(failure?.message).toMatch(/refused/);
    expect(client.takeFailure()).toBeUndefined();
  });

  it("honours MSAL's GET timeout", async () => {
    const server = await httpServer(() => undefined);
    running.push(server);
    const client = createMsalNetworkClient(createNodeHttp());
    await expect(client.sendGetRequestAsync(`http://127.0.0.1:${server.port}/slow`, undefined, 100)).rejects.toThrow();
    expect(client.takeFailure()?.code).toBe('timeout');
  });
});
