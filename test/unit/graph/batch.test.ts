import { describe, expect, it } from 'vitest';
import { systemClock } from '../../../main/kernel/ports';
import { sendBatch } from '../../../main/graph/batch';
import { fakeGraph, json } from './fake-graph';

interface BatchRequestBody {
  requests: {
    id: string;
    method: string;
    url: string;
    headers?: Record<string, string>;
    body?: unknown;
  }[];
}

describe('sendBatch', () => {
  it('sends every step in one POST /$batch and returns the parts by id', async () => {
    const { graph, http } = fakeGraph((request) => {
      const body = JSON.parse(request.body ?? '{}') as BatchRequestBody;
      return json(200, {
        responses: body.requests.map((r) => ({
          id: r.id,
          status: 200,
          headers: {},
          body: { echo: r.url },
        })),
      });
    });
    const result = await sendBatch(
      graph,
      [
        { id: 'user', url: '/users/a%23b' },
        {
          id: 'groups',
          url: '/users/a%23b/checkMemberGroups',
          method: 'POST',
          body: { groupIds: ['g'] },
        },
      ],
      { clock: systemClock, timeoutMs: 1000, context: { operation: 'card' } },
    );
    expect(http.seen).toHaveLength(1);
    expect(http.seen[0]?.url).toBe('https://127.0.0.1:8443/v1.0/$batch');
    const sent = JSON.parse(http.seen[0]?.body ?? '{}') as BatchRequestBody;
    expect(sent.requests[1]).toEqual({
      id: 'groups',
      method: 'POST',
      url: '/users/a%23b/checkMemberGroups',
      headers: { 'Content-Type': 'application/json' },
      body: { groupIds: ['g'] },
    });
    expect(result.attempts).toBe(1);
    expect(result.parts.get('user')?.body).toEqual({ echo: '/users/a%23b' });
  });

  it('re-sends only the parts Graph throttled, after their Retry-After', async () => {
    let round = 0;
    const { graph, http } = fakeGraph((request) => {
      round += 1;
      const body = JSON.parse(request.body ?? '{}') as BatchRequestBody;
      return json(200, {
        responses: body.requests.map((r) =>
          round === 1 && r.id === 'tap'
            ? {
                id: r.id,
                status: 429,
                headers: { 'Retry-After': '0' },
                body: { error: { code: 'TooManyRequests', message: 'x' } },
              }
            : { id: r.id, status: 200, headers: {}, body: { round } },
        ),
      });
    });
    const result = await sendBatch(
      graph,
      [
        { id: 'user', url: '/u' },
        { id: 'tap', url: '/t' },
      ],
      { clock: systemClock, timeoutMs: 1000, context: { operation: 'card' } },
    );
    expect(http.seen).toHaveLength(2);
    expect(
      (JSON.parse(http.seen[1]?.body ?? '{}') as BatchRequestBody).requests.map((r) => r.id),
    ).toEqual(['tap']);
    expect(result.parts.get('user')?.body).toEqual({ round: 1 });
    expect(result.parts.get('tap')).toMatchObject({ status: 200, body: { round: 2 } });
    expect(result.attempts).toBe(2);
  });
});
