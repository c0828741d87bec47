/**
 * Per-request state shared by our middlewares and the code that sent the request. graph-client
 * hands middlewares only a context, so the trace rides along as a middleware option (looked up by
 * its class) and records what the library would otherwise lose: how many attempts went out,
 * retries, the real network failure, and the `request-id` of a successful reply.
 */
import type { Context, MiddlewareOptions } from '@microsoft/microsoft-graph-client';

export class RequestTrace implements MiddlewareOptions {
  /** HTTP requests actually handed to the Http port (first try + retries). */
  attempts = 0;
  retries = 0;
  /** What the Http port threw (network, TLS, its own timeout), kept with its original type. */
  transportError: unknown = undefined;
  /** What the token source threw, so a sign-in failure is not reported as a network failure. */
  tokenError: unknown = undefined;
  requestId: string | undefined = undefined;

  constructor(
    /** Only idempotent reads may be sent again after 429/503/504. A mint never is. */
    readonly retryable: boolean,
    readonly signal: AbortSignal,
  ) {}
}

/** The trace of the request a middleware is handling, if the request carries one. */
export function traceOf(context: Context): RequestTrace | undefined {
  // graph-client does not export MiddlewareControl, so look the option up without instanceof.
  const option = context.middlewareControl?.getMiddlewareOptions(RequestTrace);
  return option instanceof RequestTrace ? option : undefined;
}
