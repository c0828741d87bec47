/** A scripted Http port (the only thing faked) under the real graph-client. */
import type { Http } from '../../../main/kernel/ports';
import { createGraph, type Graph } from '../../../main/graph/graph-client';
import type { TokenSource } from '../../../main/graph/token-source';
import type { Clock } from '../../../main/kernel/ports';
import { systemClock } from '../../../main/kernel/ports';

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

export type Responder = (
  request: SeenRequest,
  init: RequestInit | undefined,
) => Response | Promise<Response>;

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function graphErrorReply(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return json(
    status,
    {
      error: {
        code,
        message,
        innerError: { date: '2026-11-26T09:00:00', 'request-id': 'req-123' },
      },
    },
    headers,
  );
}

export function scriptedHttp(responder: Responder): Http & { seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  return {
    seen,
    async fetch(input, init) {
      const headers: Record<string, string> = {};
      for (const [key, value] of Object.entries((init?.headers ?? {}) as Record<string, string>))
        headers[key.toLowerCase()] = value;
      const request = {
        method: init?.method ?? 'GET',
        url: String(input),
        headers,
        body: typeof init?.body === 'string' ? init.body : undefined,
      };
      seen.push(request);
      return responder(request, init);
    },
  };
}

export const staticToken: TokenSource = { getGraphToken: async () => 'token-abc' };

export function fakeGraph(
  responder: Responder,
  options: { clock?: Clock; tokens?: TokenSource; baseUrl?: string } = {},
): { graph: Graph; http: ReturnType<typeof scriptedHttp> } {
  const http = scriptedHttp(responder);
  const graph = createGraph({
    http,
    tokens: options.tokens ?? staticToken,
    clock: options.clock ?? systemClock,
    baseUrl: options.baseUrl ?? 'https://127.0.0.1:8443/',
  });
  return { graph, http };
}
