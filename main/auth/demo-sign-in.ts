/**
 * Demo mode: the same sign-in code path, pointed at the in-process demo tenant. Its Browser plays
 * the seeded technician's browser through form_post (no real browser opens), and its CA is
 * trusted for its own origin only. Typed structurally so auth does not load the emulator.
 */
import type { FetchFunction } from '../net/fetch-http';
import { createNodeHttp, withTrustedOrigin } from '../net/fetch-http';
import type { Browser, Http } from '../kernel/ports';
import { createAuthService, type AuthDeps, type TechnicianAuth } from './auth-service';

/** The parts of a running demo tenant that sign-in needs. */
export interface DemoTenantForAuth {
  readonly origin: string;
  readonly authority: string;
  readonly knownAuthority: string;
  readonly clientId: string;
  readonly graphBaseUrl: string;
  readonly fetch: FetchFunction;
  browser(options?: { upn?: string }): Browser;
}

/** The Http port for demo mode: the demo origin through its trusting fetch, the rest as usual. */
export function demoHttp(demo: DemoTenantForAuth, base: Http = createNodeHttp()): Http {
  return withTrustedOrigin(base, demo.origin, demo.fetch);
}

/** Sign-in against the demo tenant, signing in `upn` (default: the first seeded technician). */
export function createDemoAuthService(
  demo: DemoTenantForAuth,
  deps: Omit<AuthDeps, 'http' | 'browser' | 'config'> & { readonly http?: Http; readonly upn?: string },
): TechnicianAuth {
  return createAuthService({
    ...deps,
    http: deps.http ?? demoHttp(demo),
    browser: demo.browser(deps.upn ? { upn: deps.upn } : {}),
    config: {
      authority: demo.authority,
      clientId: demo.clientId,
      graphBaseUrl: demo.graphBaseUrl,
      knownAuthorities: [demo.knownAuthority],
    },
  });
}
