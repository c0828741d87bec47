/**
 * The Node side of the `Http` port: any WHATWG fetch (global fetch, undici's fetch with a
 * dispatcher, the demo tenant's trusting fetch) wrapped so that failures name the host and why,
 * and no request waits forever. Electron's adapter (main/electron/) wraps `net.fetch` the same
 * way with `createFetchHttp(net.fetch)`.
 */
import { systemClock, type Clock, type Http } from '../kernel/ports';
import { classifyNetworkError, isAbortError, requestTimedOut } from './network-failure';

/** The shape of `fetch` itself, so any implementation (undici, Electron `net.fetch`) fits. */
export type FetchFunction = (input: string | URL, init?: RequestInit) => Promise<Response>;

export interface FetchHttpOptions {
  /** Longest wait for a response's headers. Default 30 s: MSAL and Graph answer well within it. */
  readonly timeoutMs?: number;
  readonly clock?: Clock;
}

const DEFAULT_TIMEOUT_MS = 30_000;

function urlOf(input: string | URL): string {
  return typeof input === 'string' ? input : input.href;
}

/** Wraps a fetch implementation as the `Http` port, with classified failures and a time limit. */
export function createFetchHttp(fetchImpl: FetchFunction, options: FetchHttpOptions = {}): Http {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const clock = options.clock ?? systemClock;
  return {
    async fetch(input, init) {
      const url = urlOf(input);
      const timer = new AbortController();
      const cancelTimer = clock.setTimeout(() => timer.abort(), timeoutMs);
      const signal = init?.signal ? AbortSignal.any([init.signal, timer.signal]) : timer.signal;
      try {
        return await fetchImpl(input, { ...init, signal });
      } catch (error) {
        // The caller's own cancellation is not a network failure: let it through untouched.
        if (init?.signal?.aborted) throw error;
        if (timer.signal.aborted && isAbortError(error)) throw requestTimedOut(url, timeoutMs);
        throw classifyNetworkError(error, url);
      } finally {
        cancelTimer();
      }
    },
  };
}

/** The `Http` port under plain Node: global fetch (undici), the process's own trust store. */
export function createNodeHttp(options: FetchHttpOptions = {}): Http {
  return createFetchHttp((input, init) => globalThis.fetch(input, init), options);
}

/**
 * Routes requests for exactly one origin through a fetch that trusts that origin's certificate
 * (the demo tenant's CA), and everything else through `base`. Trust stays scoped: the demo CA
 * can never vouch for any other host.
 */
export function withTrustedOrigin(
  base: Http,
  origin: string,
  fetchForOrigin: FetchFunction,
  options: FetchHttpOptions = {},
): Http {
  const trusted = new URL(origin).origin;
  const scoped = createFetchHttp(fetchForOrigin, options);
  return {
    fetch(input, init) {
      let target: string;
      try {
        target = new URL(urlOf(input)).origin;
      } catch {
        target = '';
      }
      return target === trusted ? scoped.fetch(input, init) : base.fetch(input, init);
    },
  };
}
