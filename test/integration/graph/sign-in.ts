/**
 * Real sign-in for integration tests and the benchmark: @azure/msal-node's
 * PublicClientApplication against the demo tenant, interactive once (the demo browser plays the
 * technician), then silent, exposed as the TokenSource Graph code takes.
 */
import { createMsalNetworkClient } from '../../../main/net/msal-network-client';
import {
  PublicClientApplication,
  type AccountInfo,
  type INetworkModule,
} from '@azure/msal-node';
import type { DemoTenant } from '../../../main/demo-tenant/index';
import type { TokenSource } from '../../../main/graph/token-source';
import { capabilityOf, type TechnicianContext } from '../../../main/tap/technician';

export const graphScopes = [
  'User.Read',
  'User.Read.All',
  'UserAuthenticationMethod.ReadWrite.All',
  'Policy.Read.All',
  'GroupMember.Read.All',
  'RoleManagement.Read.Directory',
];

/** msal-node's INetworkModule over the tenant's trusting fetch. */
export function tenantNetworkModule(tenant: DemoTenant): INetworkModule {
  return createMsalNetworkClient({ fetch: (input, init) => tenant.fetch(input, init) });
}

export interface SignedIn {
  readonly tokens: TokenSource;
  readonly technician: TechnicianContext;
  readonly account: AccountInfo;
}

/** Role names as the tenant lists them; an AU-scoped role reads "Authentication Administrator (Munich office)". */
export function technicianFrom(
  id: string,
  upn: string,
  roles: readonly string[],
): TechnicianContext {
  const scoped = roles.filter((r) => /\(.+\)$/.test(r));
  const tenantWide = roles.filter((r) => !scoped.includes(r));
  const capability = capabilityOf(tenantWide);
  const scopedCapability = capabilityOf(scoped.map((r) => r.replace(/\s*\(.+\)$/, '')));
  const adminUnitScoped = capability === 'none' && scopedCapability === 'members';
  return {
    id,
    userPrincipalName: upn,
    capability: adminUnitScoped ? 'members' : capability,
    adminUnitScoped,
  };
}

/**
 * Signs `upn` in interactively with the real msal-node, then serves tokens silently. `roles`
 * defaults to what the tenant lists for its technicians (pass them for other users).
 */
export async function signInAs(
  tenant: DemoTenant,
  upn: string,
  roles?: readonly string[],
): Promise<SignedIn> {
  const pca = new PublicClientApplication({
    auth: {
      clientId: tenant.clientId,
      authority: tenant.authority,
      knownAuthorities: [tenant.knownAuthority],
    },
    system: { networkClient: tenantNetworkModule(tenant) },
  });
  const first = await pca.acquireTokenInteractive({
    scopes: graphScopes,
    openBrowser: tenant.browser({ upn }).open,
  });
  const account = first.account;
  if (!account) throw new Error('msal returned no account');
  const tokens: TokenSource = {
    async getGraphToken() {
      return (await pca.acquireTokenSilent({ account, scopes: graphScopes })).accessToken;
    },
  };
  const listed = tenant.technicians.find((t) => t.upn === upn)?.roles ?? [];
  return {
    tokens,
    account,
    technician: technicianFrom(account.localAccountId, upn, roles ?? listed),
  };
}
