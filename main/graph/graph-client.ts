/**
 * The one way main talks to Microsoft Graph: graph-client 3.0.7 with our own middleware chain
 * (token → retry for reads only → telemetry → the app's Http port), per-request time limits on
 * the injected clock, and every failure turned into a GraphCallError with a closed code.
 */
import {
  AuthenticationHandler,
  AuthenticationHandlerOptions,
  Client,
  TelemetryHandler,
} from '@microsoft/microsoft-graph-client';
import type { Clock, Http } from '../kernel/ports';
import type { FailureContext } from './failure-context';
import { GraphCallError } from './graph-call-error';
import { createHttpPortHandler, type RequestCounter } from './http-port-handler';
import { RequestTrace } from './request-trace';
import { createRetryMiddleware, type RetryOptions } from './retry-middleware';
import type { TokenSource } from './token-source';
import { translateFailure } from './translate-failure';

export interface GraphOptions {
  readonly http: Http;
  readonly tokens: TokenSource;
  readonly clock: Clock;
  /** Graph root of the cloud, e.g. `https://graph.microsoft.com/`, or the demo tenant's origin. */
  readonly baseUrl: string;
  /**
   * Hosts (no port) outside graph-client's built-in Graph list that must still receive the
   * token. Without it the library silently drops the Authorization header. Defaults to the
   * base URL's host when that is not a Microsoft Graph host.
   */
  readonly customHosts?: readonly string[];
  readonly retry?: RetryOptions;
}

export interface GraphCall {
  readonly method: 'GET' | 'POST' | 'DELETE';
  /** Path under the version, with every piece of user input already encodeURIComponent'd. */
  readonly path: string;
  /** Query options, values already encoded: graph-client inserts them verbatim. */
  readonly query?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** The caller's cancellation (a newer search, the technician moved on). */
  readonly signal?: AbortSignal;
  readonly timeoutMs: number;
  /** Idempotent: may be sent again after 429/503/504. Never true for a mint. */
  readonly retryable: boolean;
  readonly context: FailureContext;
}

export interface GraphReply<T> {
  readonly value: T;
  readonly requestId?: string;
  /** HTTP requests this call cost (1 unless it was retried). */
  readonly attempts: number;
}

export interface Graph {
  send<T>(call: GraphCall): Promise<GraphReply<T>>;
  /** Totals since the client was made: requests sent and retries among them. */
  readonly counter: Readonly<RequestCounter>;
}

const GRAPH_HOSTS = new Set([
  'graph.microsoft.com',
  'graph.microsoft.us',
  'dod-graph.microsoft.us',
  'graph.microsoft.de',
  'microsoftgraph.chinacloudapi.cn',
  'canary.graph.microsoft.com',
]);

function defaultCustomHosts(baseUrl: string): string[] {
  const host = new URL(baseUrl).hostname;
  return GRAPH_HOSTS.has(host) ? [] : [host];
}

/** Builds the Graph client over the Http port and the token source. */
export function createGraph(options: GraphOptions): Graph {
  const counter: RequestCounter = { requests: 0, retries: 0 };
  const { clock, tokens } = options;
  const client = Client.initWithMiddleware({
    baseUrl: options.baseUrl,
    defaultVersion: 'v1.0',
    customHosts: new Set(options.customHosts ?? defaultCustomHosts(options.baseUrl)),
    middleware: [
      // Replaced per request (below) by a provider that honours the request's signal.
      new AuthenticationHandler({ getAccessToken: () => tokens.getGraphToken() }),
      createRetryMiddleware(clock, options.retry),
      new TelemetryHandler(),
      createHttpPortHandler(options.http, counter),
    ],
  });

  /**
   * Graph refused a token MSAL still trusts (clock skew, sessions revoked by an admin): fetch a
   * fresh one once and send again. Safe even for a mint: a 401 is refused before anything is
   * written. If the refresh is refused too, the technician is asked to sign in.
   */
  async function send<T>(call: GraphCall): Promise<GraphReply<T>> {
    try {
      return await sendOnce<T>(call, false);
    } catch (error) {
      if (!(error instanceof GraphCallError) || error.status !== 401) throw error;
      return sendOnce<T>(call, true);
    }
  }

  async function sendOnce<T>(call: GraphCall, forceRefresh: boolean): Promise<GraphReply<T>> {
    const timer = new AbortController();
    const cancelTimer = clock.setTimeout(
      () => timer.abort(new Error('graph request timed out')),
      call.timeoutMs,
    );
    const signal = call.signal ? AbortSignal.any([call.signal, timer.signal]) : timer.signal;
    const trace = new RequestTrace(call.retryable, signal);
    const auth = new AuthenticationHandlerOptions({
      getAccessToken: async () => {
        try {
          return await tokens.getGraphToken(signal, { forceRefresh });
        } catch (error) {
          trace.tokenError = error;
          throw error;
        }
      },
    });
    const request = client
      .api(`/${call.path.replace(/^\//, '')}`)
      .middlewareOptions([trace, auth])
      .option('signal', signal)
      .headers({ ...call.headers })
      .query({ ...call.query });
    try {
      const value = (await (call.method === 'GET'
        ? request.get()
        : call.method === 'POST'
          ? request.post(call.body ?? {})
          : request.delete())) as T;
      return {
        value,
        attempts: trace.attempts,
        ...(trace.requestId ? { requestId: trace.requestId } : {}),
      };
    } catch (error) {
      throw translateFailure(error, trace, {
        cancelled: call.signal?.aborted === true,
        timedOut: timer.signal.aborted,
        timeoutMs: call.timeoutMs,
        baseUrl: options.baseUrl,
        context: call.context,
      });
    } finally {
      cancelTimer();
      counter.retries += trace.retries;
    }
  }

  return { send, counter };
}

export { GraphCallError };
