import { randomUUID } from 'node:crypto';
import { entraTimestamp } from '../http/format';
import type { EmuRequest, EmuResponse } from '../http/types';

/** Entra's token-endpoint error body (spec B.3.2): always JSON, usually 400. */
export function oauthError(
  request: EmuRequest,
  now: number,
  error: string,
  aadsts: number,
  description: string,
  options: { readonly status?: number; readonly suberror?: string; readonly headers?: Record<string, string> } = {},
): EmuResponse {
  const traceId = randomUUID();
  const timestamp = entraTimestamp(now);
  return {
    status: options.status ?? 400,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-ms-request-id': traceId, 'client-request-id': request.clientRequestId, ...options.headers },
    json: {
      error,
      error_description: `AADSTS${aadsts}: ${description} Trace ID: ${traceId} Correlation ID: ${request.clientRequestId} Timestamp: ${timestamp}`,
      error_codes: [aadsts],
      timestamp,
      trace_id: traceId,
      correlation_id: request.clientRequestId,
      error_uri: `https://login.microsoftonline.com/error?code=${aadsts}`,
      ...(options.suberror === undefined ? {} : { suberror: options.suberror }),
    },
  };
}
