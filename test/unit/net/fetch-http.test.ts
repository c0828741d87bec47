import { Agent, ProxyAgent, fetch as undiciFetch } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createFetchHttp, createNodeHttp, withTrustedOrigin, type FetchFunction } from '../../../main/net/fetch-http';
import { AppFailure } from '../../../main/kernel/result';
import {
  closedPort,
  httpServer,
  proxyDemandingCredentials,
  selfSignedServer,
  type Running,
} from './loopback-servers';

const running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function failureOf(promise: Promise<unknown>): Promise<AppFailure> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppFailure);
  return error as AppFailure;
}

/** undici's fetch with a dispatcher, in the shape of the Http port's fetch. */
function fetchVia(dispatcher: Agent | ProxyAgent): FetchFunction {
  return (input, init) =>
    undiciFetch(input, { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher }) as unknown as Promise<Response>;
}

describe('createNodeHttp', () => {
  it('passes a successful response through unchanged', async () => {
    const server = await httpServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end('{"hello":"desk"}');
    });
    running.push(server);
    const response = await createNodeHttp().fetch(`http://127.0.0.1:${server.port}/x`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ hello: 'desk' });
  });

  it('names the host and says the connection was refused on a closed port', async () => {
    const port = await closedPort();
    const failure = await failureOf(createNodeHttp().fetch(`http://127.0.0.1:${port}/token?secret=1`));
    expect(failure.code).toBe('offline');
    expect(failure.message).toContain(`127.0.0.1:${port}`);
    expect(failure.message).toMatch(/refused/);
    // Only the host is named: never the path or query, which may carry user input.
    expect(failure.message).not.toContain('secret');
    expect(failure.hint).toBeTruthy();
  });

  it('says the name could not be resolved for a host that does not exist', async () => {
    const failure = await failureOf(createNodeHttp().fetch('https://login.tapdesk.invalid/common'));
    expect(failure.code).toBe('offline');
    expect(failure.message).toContain('login.tapdesk.invalid');
    expect(failure.message).toMatch(/DNS/);
  });

  it('reports an untrusted certificate as tls, pointing at a missing inspection root', async () => {
    const server = await selfSignedServer((_req, res) => res.end('{}'));
    running.push(server);
    const failure = await failureOf(createNodeHttp().fetch(`https://127.0.0.1:${server.port}/`));
    expect(failure.code).toBe('tls');
    expect(failure.message).toContain(`127.0.0.1:${server.port}`);
    expect(failure.message).toMatch(/not trusted/);
    expect(failure.hint).toMatch(/root certificate/);
  });

  it('gives up with a timeout when the host never answers', async () => {
    const server = await httpServer(() => undefined);
    running.push(server);
    const failure = await failureOf(createNodeHttp({ timeoutMs: 150 }).fetch(`http://127.0.0.1:${server.port}/`));
    expect(failure.code).toBe('timeout');
    expect(failure.message).toContain(`127.0.0.1:${server.port}`);
  });

  it("lets the caller's own cancellation through as an AbortError, not a network failure", async () => {
    const server = await httpServer(() => undefined);
    running.push(server);
    const controller = new AbortController();
    const pending = createNodeHttp().fetch(`http://127.0.0.1:${server.port}/`, { signal: controller.signal });
    controller.abort();
    const error = await pending.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).not.toBeInstanceOf(AppFailure);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('createFetchHttp through a proxy', () => {
  it('says the proxy asked for credentials when it answers CONNECT with 407', async () => {
    const proxy = await proxyDemandingCredentials();
    running.push(proxy);
    const http = createFetchHttp(fetchVia(new ProxyAgent(`http://127.0.0.1:${proxy.port}`)));
    const failure = await failureOf(http.fetch('https://graph.tapdesk.invalid/v1.0/me'));
    expect(failure.code).toBe('offline');
    expect(failure.message).toContain('graph.tapdesk.invalid');
    expect(failure.message).toMatch(/proxy asked for credentials/);
  });

  it('names the proxy when the proxy itself refuses the connection', async () => {
    const port = await closedPort();
    const http = createFetchHttp(fetchVia(new ProxyAgent(`http://127.0.0.1:${port}`)));
    const failure = await failureOf(http.fetch('https://graph.tapdesk.invalid/v1.0/me'));
    expect(failure.code).toBe('offline');
    expect(failure.message).toContain('graph.tapdesk.invalid');
    expect(failure.message).toContain(`proxy at 127.0.0.1:${port}`);
  });
});

describe('withTrustedOrigin', () => {
  it('trusts the extra CA for its own origin only', async () => {
    const server = await selfSignedServer((_req, res) => res.end('{"ok":true}'));
    running.push(server);
    const trusting = fetchVia(new Agent({ connect: { ca: server.cert } }));
    const http = withTrustedOrigin(createNodeHttp(), `https://127.0.0.1:${server.port}`, trusting);

    const response = await http.fetch(`https://127.0.0.1:${server.port}/v1.0/me`);
    expect(await response.json()).toEqual({ ok: true });

    // Same server, different origin (host name): goes through the base Http, which does not trust it.
    const failure = await failureOf(http.fetch(`https://localhost:${server.port}/v1.0/me`));
    expect(failure.code).toBe('tls');
    expect(failure.message).toContain(`localhost:${server.port}`);
  });

  it('classifies failures of the trusting fetch too', async () => {
    const port = await closedPort();
    const http = withTrustedOrigin(createNodeHttp(), `https://127.0.0.1:${port}`, fetchVia(new Agent()));
    const failure = await failureOf(http.fetch(`https://127.0.0.1:${port}/token`));
    expect(failure.code).toBe('offline');
    expect(failure.message).toMatch(/refused/);
  });
});
