/**
 * A Graph error reply reduced to what translation needs. It comes from a thrown GraphError
 * (top-level requests) or from one part of a JSON `$batch` reply, which graph-client does not
 * turn into errors.
 */
import type { GraphError } from '@microsoft/microsoft-graph-client';

export interface GraphProblem {
  /** HTTP status of the reply. */
  readonly status: number;
  /** Graph `error.code` (`badRequest`, `accessDenied`, `Request_ResourceNotFound`…), if any. */
  readonly code: string | null;
  /** Graph `error.message`, verbatim. */
  readonly message: string;
  readonly requestId?: string;
  /** Seconds from `Retry-After`, when the reply carried one. */
  readonly retryAfterSeconds?: number;
}

function parseRetryAfter(value: string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/** From a GraphError thrown by graph-client for a non-2xx reply. */
export function problemFromGraphError(error: GraphError): GraphProblem {
  const requestId = error.requestId ?? error.headers?.get('request-id') ?? undefined;
  const retryAfterSeconds = parseRetryAfter(error.headers?.get('Retry-After'));
  return {
    status: error.statusCode,
    code: error.code,
    message: error.message,
    ...(requestId ? { requestId } : {}),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
}

interface ErrorBody {
  readonly error?: {
    readonly code?: unknown;
    readonly message?: unknown;
    readonly innerError?: unknown;
  };
}

/** From one `$batch` response part: `{status, headers, body: {error: {…}}}`. */
export function problemFromParts(
  status: number,
  headers: Readonly<Record<string, string>>,
  body: unknown,
): GraphProblem {
  const error = (body as ErrorBody | null)?.error;
  const inner = (error?.innerError ?? {}) as Record<string, unknown>;
  const header = (name: string): string | undefined =>
    Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  const requestId =
    typeof inner['request-id'] === 'string' ? inner['request-id'] : header('request-id');
  const retryAfterSeconds = parseRetryAfter(header('retry-after'));
  return {
    status,
    code: typeof error?.code === 'string' ? error.code : null,
    message: typeof error?.message === 'string' ? error.message : `HTTP ${status}`,
    ...(requestId ? { requestId } : {}),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
}
