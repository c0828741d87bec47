/** Which requests a fault applies to: method (any if absent) and a pattern on the URL path. */
export interface FaultRoute {
  readonly method?: string;
  /** Matched against the path without query, e.g. `/temporaryAccessPassMethods$/`. A string must match exactly. */
  readonly path: RegExp | string;
}

/** How often a fault fires; `times` defaults to 1, `Infinity` keeps it armed until `clear()`. */
export interface FaultTimes {
  readonly times?: number;
}

export type FaultAction =
  | { readonly kind: 'status'; readonly status: 429 | 503; readonly retryAfter: string | null }
  | { readonly kind: 'reset' }
  | { readonly kind: 'hang' }
  | { readonly kind: 'commit-then-drop' }
  | { readonly kind: 'non-json'; readonly status: number };

/** Scripts failures per route, from tests and benchmarks. */
export interface FaultController {
  /** Adds `ms` of delay before every matching request is handled (stacks with the global latency). */
  latency(route: FaultRoute, ms: number): void;
  /** Delay for every request: benchmarks use it to model a real network round trip. */
  globalLatency(ms: number): void;
  /** The next `times` matching requests get 429 with `Retry-After` (default `"0"`). */
  throttle(route: FaultRoute, options?: FaultTimes & { readonly retryAfter?: string | null }): void;
  /** The next `times` matching requests get 503 (with `Retry-After` only when given). */
  unavailable(route: FaultRoute, options?: FaultTimes & { readonly retryAfter?: string | null }): void;
  /** The next `times` matching requests have their connection destroyed before any reply. */
  reset(route: FaultRoute, options?: FaultTimes): void;
  /** The next `times` matching requests never get a reply (until `stop()`). */
  hang(route: FaultRoute, options?: FaultTimes): void;
  /** The request is fully processed (a POST commits), then the connection drops without a reply. */
  commitThenDrop(route: FaultRoute, options?: FaultTimes): void;
  /** An HTML error page instead of JSON (a proxy or gateway in the way). */
  nonJson(route: FaultRoute, options?: FaultTimes & { readonly status?: number }): void;
  clear(): void;
}

/** The server side of the controller: what applies to one request. */
export interface FaultPlan {
  readonly latencyMs: number;
  readonly action: FaultAction | null;
}

export interface FaultEngine extends FaultController {
  /** Consumes one use of the first armed action matching the request. */
  plan(method: string, path: string): FaultPlan;
  /** Only the status-type action for a `$batch` sub-request (sockets belong to the outer request). */
  planStatusOnly(method: string, path: string): FaultAction | null;
}

interface Armed {
  readonly route: FaultRoute;
  readonly action: FaultAction;
  remaining: number;
}

const matches = (route: FaultRoute, method: string, path: string): boolean =>
  (route.method === undefined || route.method.toUpperCase() === method.toUpperCase()) &&
  (typeof route.path === 'string' ? route.path === path : route.path.test(path));

export function createFaults(): FaultEngine {
  let global = 0;
  let latencies: { route: FaultRoute; ms: number }[] = [];
  let armed: Armed[] = [];

  const arm = (route: FaultRoute, action: FaultAction, times = 1): void => {
    armed.push({ route, action, remaining: times });
  };
  const take = (method: string, path: string, accept: (a: FaultAction) => boolean): FaultAction | null => {
    const hit = armed.find((a) => a.remaining > 0 && accept(a.action) && matches(a.route, method, path));
    if (!hit) return null;
    hit.remaining -= 1;
    armed = armed.filter((a) => a.remaining > 0);
    return hit.action;
  };

  return {
    latency: (route, ms) => latencies.push({ route, ms }),
    globalLatency: (ms) => {
      global = ms;
    },
    throttle: (route, o = {}) => arm(route, { kind: 'status', status: 429, retryAfter: o.retryAfter === undefined ? '0' : o.retryAfter }, o.times),
    unavailable: (route, o = {}) => arm(route, { kind: 'status', status: 503, retryAfter: o.retryAfter ?? null }, o.times),
    reset: (route, o = {}) => arm(route, { kind: 'reset' }, o.times),
    hang: (route, o = {}) => arm(route, { kind: 'hang' }, o.times),
    commitThenDrop: (route, o = {}) => arm(route, { kind: 'commit-then-drop' }, o.times),
    nonJson: (route, o = {}) => arm(route, { kind: 'non-json', status: o.status ?? 502 }, o.times),
    clear: () => {
      global = 0;
      latencies = [];
      armed = [];
    },
    plan(method, path) {
      const extra = latencies.filter((l) => matches(l.route, method, path)).reduce((sum, l) => sum + l.ms, 0);
      return { latencyMs: global + extra, action: take(method, path, () => true) };
    },
    planStatusOnly: (method, path) => take(method, path, (a) => a.kind === 'status'),
  };
}
