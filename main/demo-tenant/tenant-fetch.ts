import { Agent, type Dispatcher } from 'undici';

export interface TenantFetch {
  /** An undici dispatcher that trusts only the demo tenant's CA (for graph-client `fetchOptions`). */
  readonly dispatcher: Dispatcher;
  readonly fetch: (input: string | URL, init?: RequestInit) => Promise<Response>;
  close(): Promise<void>;
}

/**
 * A fetch that trusts `caPem` for the demo tenant's origin and nothing else: other origins go
 * through the default global fetch. NODE_TLS_REJECT_UNAUTHORIZED is never touched.
 */
export function createTenantFetch(caPem: string, origin: string): TenantFetch {
  const agent = new Agent({ connect: { ca: caPem } });
  const tenantFetch = (input: string | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? new URL(input) : input;
    if (url.origin !== origin) return fetch(input, init);
    // Node's fetch is undici; it accepts an undici@6 dispatcher (spec B.3.1 5b).
    return fetch(input, { ...init, dispatcher: agent } as RequestInit);
  };
  return { dispatcher: agent, fetch: tenantFetch, close: () => agent.close() };
}
