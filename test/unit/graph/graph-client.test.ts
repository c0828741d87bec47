import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../fakes/manual-clock';
import { GraphCallError } from '../../../main/graph/graph-call-error';
import type { GraphCall } from '../../../main/graph/graph-client';
import { AppFailure } from '../../../main/kernel/result';
import { fakeGraph, graphErrorReply, json } from './fake-graph';

const read: GraphCall = {
  method: 'GET',
  path: 'users/a%40b',
  retryable: true,
  timeoutMs: 15_000,
  context: { operation: 'read' },
};
const mint: GraphCall = {
  method: 'POST',
  path: 'users/x/authentication/temporaryAccessPassMethods',
  body: { lifetimeInMinutes: 60 },
  retryable: false,
  timeoutMs: 60_000,
  context: { operation: 'mint' },
};

describe('createGraph', () => {
  it('sends the bearer token to a custom (emulator) host, through the Http port', async () => {
    const { graph, http } = fakeGraph(() => json(200, { id: '1' }, { 'request-id': 'rid-9' }));
    const reply = await graph.send<{ id: string }>(read);
    expect(reply).toEqual({ value: { id: '1' }, attempts: 1, requestId: 'rid-9' });
    expect(http.seen[0]?.url).toBe('https://127.0.0.1:8443/v1.0/users/a%40b');
    expect(http.seen[0]?.headers.authorization).toBe('Bearer token-abc');
    expect(http.seen[0]?.headers['client-request-id']).toMatch(/[0-9a-f-]{36}/);
  });

  it('retries a read after 429 and 503, honouring Retry-After, and counts the retries', async () => {
    const statuses = [429, 503, 200];
    const { graph, http } = fakeGraph(() => {
      const status = statuses.shift() ?? 200;
      return status === 200
        ? json(200, { ok: true })
        : graphErrorReply(status, 'TooManyRequests', 'Please retry again later.', {
            'Retry-After': '0',
          });
    });
    await expect(graph.send(read)).resolves.toMatchObject({ value: { ok: true }, attempts: 3 });
    expect(http.seen.map((r) => r.headers['retry-attempt'])).toEqual([undefined, '1', '2']);
    expect(graph.counter).toEqual({ requests: 3, retries: 2 });
  });

  it('never retries a mint POST, even on 503', async () => {
    const { graph, http } = fakeGraph(() =>
      graphErrorReply(503, 'serviceNotAvailable', 'Service unavailable', { 'Retry-After': '0' }),
    );
    await expect(graph.send(mint)).rejects.toMatchObject({
      code: 'throttled',
      delivery: 'answered',
      status: 503,
    });
    expect(http.seen).toHaveLength(1);
  });

  it('gives up waiting when Retry-After is longer than the technician should sit out', async () => {
    const { graph, http } = fakeGraph(() =>
      graphErrorReply(429, 'TooManyRequests', 'Please retry again later.', {
        'Retry-After': '120',
      }),
    );
    await expect(graph.send(read)).rejects.toMatchObject({
      code: 'throttled',
      hint: 'Wait 120 seconds and try again.',
      requestId: 'req-123',
    });
    expect(http.seen).toHaveLength(1);
  });

  it('times out on its own clock, saying the request may have landed', async () => {
    const clock = createManualClock();
    const { graph } = fakeGraph(
      (_request, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
      { clock },
    );
    const pending = graph.send(mint);
    await new Promise((resolve) => setTimeout(resolve, 20));
    clock.advance(60_000);
    await expect(pending).rejects.toMatchObject({
      code: 'timeout',
      delivery: 'maybe-delivered',
      cancelled: false,
    });
  });

  it('marks a caller-cancelled request as cancelled', async () => {
    const controller = new AbortController();
    const { graph } = fakeGraph(
      (_request, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const pending = graph.send({ ...read, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphCallError);
    expect(error).toMatchObject({ cancelled: true });
  });

  it('keeps the Http port failure: TLS was never sent, a reset may have landed', async () => {
    const tls = fakeGraph(() => {
      throw new AppFailure(
        'tls',
        'Could not make a trusted connection to 127.0.0.1:8443: untrusted.',
        'hint',
      );
    });
    await expect(tls.graph.send(mint)).rejects.toMatchObject({ code: 'tls', delivery: 'not-sent' });
    const reset = fakeGraph(() => {
      throw Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      });
    });
    await expect(reset.graph.send(mint)).rejects.toMatchObject({
      code: 'offline',
      delivery: 'maybe-delivered',
      message: expect.stringContaining('127.0.0.1:8443'),
    });
  });

  it('retries once with a fresh token when Graph refuses one MSAL still trusts', async () => {
    const asked: boolean[] = [];
    const tokens = {
      getGraphToken: async (_signal?: AbortSignal, options?: { forceRefresh?: boolean }) => {
        asked.push(options?.forceRefresh === true);
        return options?.forceRefresh ? 'fresh-token' : 'stale-token';
      },
    };
    const { graph, http } = fakeGraph(
      (request) =>
        request.headers.authorization === 'Bearer fresh-token'
          ? json(201, { id: 'tap-1' })
          : json(401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' } }),
      { tokens },
    );
    await expect(graph.send(mint)).resolves.toMatchObject({ value: { id: 'tap-1' } });
    expect(asked).toEqual([false, true]);
    expect(http.seen).toHaveLength(2);
  });

  it('asks the technician to sign in when the fresh token is refused too', async () => {
    const { graph, http } = fakeGraph(() =>
      json(401, { error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' } }),
    );
    await expect(graph.send(read)).rejects.toMatchObject({ code: 'not-signed-in' });
    expect(http.seen).toHaveLength(2);
  });

  it('passes a sign-in failure from the token source through unchanged', async () => {
    const tokens = {
      getGraphToken: async (): Promise<string> => {
        throw new AppFailure('interaction-required', 'Sign in again.');
      },
    };
    const { graph, http } = fakeGraph(() => json(200, {}), { tokens });
    await expect(graph.send(read)).rejects.toMatchObject({
      code: 'interaction-required',
      delivery: 'not-sent',
    });
    expect(http.seen).toHaveLength(0);
  });

  it('turns a success whose body was cut off into outcome-unknown', async () => {
    const { graph } = fakeGraph(
      () =>
        new Response('{"id":"half', {
          status: 201,
          headers: { 'content-type': 'application/json' },
        }),
    );
    await expect(graph.send(mint)).rejects.toMatchObject({
      code: 'outcome-unknown',
      delivery: 'maybe-delivered',
      status: 201,
    });
  });
});
