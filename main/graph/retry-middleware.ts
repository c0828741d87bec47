/**
 * Retries idempotent reads after 429/503/504, honouring `Retry-After` (seconds, fractional, or an
 * HTTP date) with exponential backoff when it is absent. Unlike graph-client's RetryHandler it
 * retries ONLY requests whose trace says they are retryable, so a mint POST can never go out
 * twice, and its waits run on the injected clock and stop the moment the caller aborts.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { Clock } from '../kernel/ports';
import { traceOf } from './request-trace';
import { sleep } from './sleep';

export interface RetryOptions {
  /** Retries after the first attempt. Default 3 (graph-client's default too). */
  readonly maxRetries?: number;
  /** Backoff base when the server gives no Retry-After. Default 1 s. */
  readonly baseDelayMs?: number;
  /**
   * Longest single wait. A longer Retry-After is not sat out behind a spinner: the throttled
   * reply goes to the technician with the wait in the message. Default 10 s.
   */
  readonly maxWaitMs?: number;
}

const RETRYABLE_STATUS = new Set([429, 503, 504]);

/** Milliseconds to wait before attempt `attempt + 1`, or undefined when Retry-After is unusable. */
export function retryDelayMs(
  retryAfter: string | null,
  attempt: number,
  nowMs: number,
  baseDelayMs: number,
): number {
  if (retryAfter !== null && retryAfter.trim() !== '') {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
  }
  // Jitter spreads clients that were throttled together.
  return baseDelayMs * 2 ** attempt + Math.floor(Math.random() * 250);
}

export function createRetryMiddleware(clock: Clock, options: RetryOptions = {}): Middleware {
  const maxRetries = options.maxRetries ?? 3;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxWaitMs = options.maxWaitMs ?? 10_000;
  let next: Middleware | undefined;

  return {
    setNext(middleware: Middleware): void {
      next = middleware;
    },
    async execute(context: Context): Promise<void> {
      if (!next) throw new Error('retry middleware has no next handler');
      const trace = traceOf(context);
      for (let attempt = 0; ; attempt += 1) {
        await next.execute(context);
        const response = context.response;
        if (!trace?.retryable || !response || !RETRYABLE_STATUS.has(response.status)) return;
        if (attempt >= maxRetries) return;
        const wait = retryDelayMs(
          response.headers.get('Retry-After'),
          attempt,
          clock.now(),
          baseDelayMs,
        );
        if (wait > maxWaitMs) return;
        // Free the connection before waiting; the body of a throttled reply is not needed.
        await response.body?.cancel().catch(() => undefined);
        trace.retries += 1;
        const headers = (context.options?.headers ?? {}) as Record<string, string>;
        headers['Retry-Attempt'] = String(attempt + 1);
        await sleep(clock, wait, trace.signal);
      }
    },
  };
}
