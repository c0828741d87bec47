import { randomUUID } from 'node:crypto';
import type { TenantContext } from '../context';
import type { EmuRequest, EmuResponse } from '../http/types';
import { GraphFailure } from '../http/types';
import { authenticate } from './authenticate';
import { jsonObjectBody } from './json-body';
import { graphOk } from './respond';
import type { GraphCall, GraphRoute } from './route-types';

/** JSON batching limit (A, issue 3). */
export const maxBatchRequests = 20;

type Dispatch = (context: TenantContext, request: EmuRequest, version: 'v1.0' | 'beta', segments: readonly string[], inBatch: boolean) => Promise<EmuResponse>;
type Fault = (request: EmuRequest) => EmuResponse | null;

const invalid = (message: string): GraphFailure => new GraphFailure(400, 'BadRequest', message);

interface SubRequest {
  readonly id: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: unknown;
}

function readRequests(call: GraphCall): SubRequest[] {
  const body = jsonObjectBody(call.request);
  const list = body['requests'];
  if (!Array.isArray(list) || list.length === 0) throw invalid('Invalid batch payload format.');
  if (list.length > maxBatchRequests) throw invalid(`Number of batch requests exceeds the limit of ${maxBatchRequests}.`);
  const seen = new Set<string>();
  return list.map((raw: unknown) => {
    if (typeof raw !== 'object' || raw === null) throw invalid('Invalid batch payload format.');
    const r = raw as Record<string, unknown>;
    if (typeof r['id'] !== 'string' || typeof r['method'] !== 'string' || typeof r['url'] !== 'string') throw invalid('Invalid batch payload format.');
    if (seen.has(r['id'])) throw invalid(`Batch request contains duplicate request id '${r['id']}'.`);
    seen.add(r['id']);
    const headers: Record<string, string> = {};
    if (typeof r['headers'] === 'object' && r['headers'] !== null) {
      for (const [k, v] of Object.entries(r['headers'])) if (typeof v === 'string') headers[k.toLowerCase()] = v;
    }
    // "JSON batching": a request with a body must say its Content-Type; Graph refuses the whole batch.
    if (r['body'] !== undefined && headers['content-type'] === undefined) {
      throw invalid(`Write request id : ${r['id']} does not contain Content-Type header or body.`);
    }
    return { id: r['id'], method: r['method'].toUpperCase(), url: r['url'], headers, body: r['body'] };
  });
}

/** `POST /$batch`: runs each request in order and returns per-request status, headers and body. */
export function batchRoute(dispatch: Dispatch, fault: Fault): GraphRoute {
  const handler = async (call: GraphCall): Promise<EmuResponse> => {
    if (call.inBatch) throw invalid('Nested batch requests are not supported.');
    authenticate(call.context, call.request);
    const requests = readRequests(call);
    const responses = [];
    for (const sub of requests) {
      const relative = sub.url.replace(/^\/+/u, '');
      let url: URL;
      try {
        if (/^[a-z]+:/iu.test(relative)) throw new Error('absolute');
        url = new URL(`${call.context.origin}/${call.version}/${relative}`);
      } catch {
        responses.push({ id: sub.id, status: 400, headers: { 'content-type': 'application/json' }, body: { error: { code: 'BadRequest', message: 'Invalid request URI.' } } });
        continue;
      }
      const segments = url.pathname.split('/').filter(Boolean).slice(1).map((s) => {
        try {
          return decodeURIComponent(s);
        } catch {
          return s;
        }
      });
      // Only Authorization carries over from the outer request; ConsistencyLevel must be set per request.
      const request: EmuRequest = {
        method: sub.method,
        url,
        segments: [call.version, ...segments],
        headers: { authorization: call.request.headers['authorization'], ...sub.headers },
        rawBody: sub.body === undefined ? '' : typeof sub.body === 'string' ? sub.body : JSON.stringify(sub.body),
        requestId: randomUUID(),
        clientRequestId: call.request.clientRequestId,
      };
      const reply = fault(request) ?? (await dispatch(call.context, request, call.version, segments, true));
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'retry-after', 'location']) {
        const value = reply.headers?.[name];
        if (value !== undefined) headers[name] = value;
      }
      if (headers['content-type'] === undefined && reply.contentType !== undefined) headers['content-type'] = reply.contentType;
      responses.push({
        id: sub.id,
        status: reply.status,
        headers,
        ...(reply.bytes !== undefined
          ? { body: Buffer.from(reply.bytes).toString('base64') }
          : reply.json !== undefined
            ? { body: reply.json }
            : reply.text !== undefined
              ? { body: reply.text }
              : {}),
      });
    }
    return graphOk(call.request, { responses });
  };
  return { method: 'POST', pattern: ['$batch'], handler };
}
