import { createMsalNetworkClient } from '../../../main/net/msal-network-client';
import {
  PublicClientApplication,
  type AuthenticationResult,
  type INetworkModule,
} from '@azure/msal-node';
import { Client, type FetchOptions } from '@microsoft/microsoft-graph-client';
import type { DemoTenant } from '../../../main/demo-tenant/index';

/** The delegated scopes TAP Desk asks for (graph-msal-spec.md A.4 suggestion). */
export const appScopes = [
  'User.Read',
  'User.Read.All',
  'UserAuthenticationMethod.ReadWrite.All',
  'Policy.Read.All',
  'GroupMember.Read.All',
  'RoleManagement.Read.Directory',
];

/** msal-node's network port over the tenant's trusting fetch (spec B.3.1 5c). */
export function tenantNetworkClient(tenant: DemoTenant): INetworkModule {
  return createMsalNetworkClient({ fetch: (input, init) => tenant.fetch(input, init) });
}

export function createPca(tenant: DemoTenant): PublicClientApplication {
  return new PublicClientApplication({
    auth: { clientId: tenant.clientId, authority: tenant.authority, knownAuthorities: [tenant.knownAuthority] },
    system: { networkClient: tenantNetworkClient(tenant) },
  });
}

/** Interactive sign-in through the demo browser (form_post to msal's loopback). */
export function signIn(tenant: DemoTenant, pca: PublicClientApplication, upn?: string, scopes = appScopes): Promise<AuthenticationResult> {
  return pca.acquireTokenInteractive({ scopes, openBrowser: tenant.browser(upn === undefined ? {} : { upn }).open });
}

/**
 * graph-client passes fetchOptions to fetch (spec C.7); its FetchOptions type has no `dispatcher`,
 * so the undici-specific option is merged in rather than written as a literal.
 */
export function trustingFetchOptions(tenant: DemoTenant, extra: FetchOptions = {}): FetchOptions {
  return Object.assign({}, extra, { dispatcher: tenant.dispatcher });
}

/** A graph-client over TLS with the trusting dispatcher and customHosts (spec C.1, C.7). */
export function graphClient(tenant: DemoTenant, accessToken: () => Promise<string> | string): Client {
  return Client.initWithMiddleware({
    authProvider: { getAccessToken: async () => accessToken() },
    baseUrl: tenant.graphBaseUrl,
    customHosts: new Set(['127.0.0.1']),
    fetchOptions: trustingFetchOptions(tenant),
  });
}

/** A raw Graph call, for exact status/header/body assertions. */
export async function rawGraph(
  tenant: DemoTenant,
  token: string | null,
  method: string,
  path: string,
  options: { body?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> | null; text: string }> {
  const response = await tenant.fetch(`${tenant.origin}${path}`, {
    method,
    headers: { ...(token === null ? {} : { authorization: `Bearer ${token}` }), ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
    ...(options.body === undefined ? {} : { body: options.body }),
  });
  const text = await response.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, json, text };
}

/** Signs each technician in once and returns access tokens by UPN. */
export async function tokensFor(tenant: DemoTenant, upns: readonly string[], scopes = appScopes): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const upn of upns) {
    const pca = createPca(tenant);
    out[upn] = (await signIn(tenant, pca, upn, scopes)).accessToken;
  }
  return out;
}

export const upn = {
  priya: 'priya.natarajan@contoso.example',
  tom: 'tom.becker@contoso.example',
  grace: 'grace.liu@contoso.example',
  sam: 'sam.okafor@contoso.example',
  lena: 'lena.fischer@contoso.example',
  adele: 'adele.vance@contoso.example',
  morgan: 'morgan.reyes@contoso.example',
  riley: 'riley.chen@contoso.example',
  dana: 'dana.whitfield@contoso.example',
  nina: 'nina.patel@contoso.example',
  victor: 'victor.hale@contoso.example',
  pradeep: 'pradeep.gupta@contoso.example',
  jamie: 'jamie.partner_fabrikam.example#EXT#@contoso.example',
  pat: 'pat.contractor@contoso.example',
  anna: 'anna.schmidt@contoso.example',
  jonas: 'jonas.weber@contoso.example',
  conor: 'conor.obrien@contoso.example',
  evan: 'evan.marsh@contoso.example',
  oliver: 'oliver.grant@contoso.example',
  hugo: 'hugo.brandt@contoso.example',
  mia: 'mia.keller@contoso.example',
  owen: 'owen.price@contoso.example',
  klara: 'klara.hoffmann@contoso.example',
  felix: 'felix.wagner@contoso.example',
} as const;

/** Reads the error envelope fields of a Graph error body. */
export function graphErrorOf(json: Record<string, unknown> | null): { code: string; message: string; innerError: Record<string, unknown> } {
  const error = (json?.['error'] ?? {}) as Record<string, unknown>;
  return {
    code: String(error['code']),
    message: String(error['message']),
    innerError: (error['innerError'] ?? {}) as Record<string, unknown>,
  };
}
