/**
 * How long to wait after the n-th failure in a row: doubling from `baseMs` up to `maxMs`, with
 * jitter so fifty desks that lost the collector together do not all come back at once. A
 * destination's own Retry-After wins when it asks for longer.
 */
export interface BackoffOptions {
  readonly baseMs: number;
  readonly maxMs: number;
}

export const defaultBackoff: BackoffOptions = { baseMs: 2_000, maxMs: 5 * 60_000 };

export function backoffDelay(
  failures: number,
  options: BackoffOptions,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, failures - 1));
  const jittered = Math.round(exponential * (0.5 + random() / 2));
  return Math.max(jittered, retryAfterMs ?? 0);
}
