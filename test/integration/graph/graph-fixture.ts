/** A Graph client over the real Http adapter and the demo tenant's trusting fetch. */
import type { DemoTenant, RequestLogEntry } from '../../../main/demo-tenant/index';
import { createGraph, type Graph } from '../../../main/graph/graph-client';
import type { RetryOptions } from '../../../main/graph/retry-middleware';
import type { TokenSource } from '../../../main/graph/token-source';
import { createFetchHttp } from '../../../main/net/fetch-http';
import type { Clock } from '../../../main/kernel/ports';
import { systemClock } from '../../../main/kernel/ports';

export function tenantGraph(
  tenant: DemoTenant,
  tokens: TokenSource,
  options: { clock?: Clock; retry?: RetryOptions } = {},
): Graph {
  const clock = options.clock ?? systemClock;
  return createGraph({
    http: createFetchHttp(tenant.fetch, { clock, timeoutMs: 120_000 }),
    tokens,
    clock,
    baseUrl: tenant.graphBaseUrl,
    ...(options.retry ? { retry: options.retry } : {}),
  });
}

/** Graph requests in the tenant's log (token endpoint and discovery excluded). */
export function graphRequests(tenant: DemoTenant): RequestLogEntry[] {
  return tenant.requests.filter((r) => /^\/(v1\.0|beta)\//.test(r.path));
}
