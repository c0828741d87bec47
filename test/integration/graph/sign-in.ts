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
import { accessFor } from '../../../main/auth/technician';
import { readTechnicianRoles } from '../../../main/auth/technician-roles';
import type { TechnicianContext } from '../../../main/tap/technician';

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

/**
 * Signs `upn` in interactively with the real msal-node, then serves tokens silently. What the
 * technician may do is read from the tenant with the app's own role reader, as at sign-in.
 */
/** `scopes`: what the app asks for (default the sign-in set; a test may add Mail.Send, say). */
export async function signInAs(tenant: DemoTenant, upn: string, scopes: readonly string[] = graphScopes): Promise<SignedIn> {
  const pca = new PublicClientApplication({
    auth: {
      clientId: tenant.clientId,
      authority: tenant.authority,
      knownAuthorities: [tenant.knownAuthority],
    },
    system: { networkClient: tenantNetworkModule(tenant) },
  });
  const first = await pca.acquireTokenInteractive({
    scopes: [...scopes],
    openBrowser: tenant.browser({ upn }).open,
  });
  const account = first.account;
  if (!account) throw new Error('msal returned no account');
  const tokens: TokenSource = {
    async getGraphToken() {
      return (await pca.acquireTokenSilent({ account, scopes: [...scopes] })).accessToken;
    },
  };
  const roles = await readTechnicianRoles({ fetch: (input, init) => tenant.fetch(input, init) }, tenant.graphBaseUrl, first.accessToken, account.localAccountId);
  const access = accessFor(roles);
  return {
    tokens,
    account,
    technician: { id: account.localAccountId, userPrincipalName: upn, capability: access.capability, adminUnitScoped: access.adminUnitScoped === true },
  };
}
