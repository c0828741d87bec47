/**
 * The national clouds TAP Desk can sign in to, and where each one's Entra authority and Microsoft
 * Graph live. Facts from graph-msal-spec.md A.9 (Graph side) and B.5 (MSAL side).
 */
import type { Cloud } from '../../preload/contract';

export interface CloudInfo {
  readonly cloud: Cloud;
  /** A technician-facing name. */
  readonly label: string;
  /** Entra authority host; msal-node's hard-coded metadata knows all of these (spec B.5). */
  readonly authorityHost: string;
  /** Graph root for this cloud. Tokens and scopes are not interchangeable across clouds. */
  readonly graphRoot: string;
  /** Whether v1.0 `temporaryAccessPassMethods` exists in this cloud. */
  readonly tapV1Available: boolean;
  /** Shown next to the cloud in the UI when there is something to know. */
  readonly note?: string;
}

export const cloudTable: Readonly<Record<Cloud, CloudInfo>> = {
  Public: {
    cloud: 'Public',
    label: 'Global (including GCC moderate)',
    authorityHost: 'https://login.microsoftonline.com',
    graphRoot: 'https://graph.microsoft.com',
    tapV1Available: true,
  },
  USGov: {
    cloud: 'USGov',
    label: 'US Government L4 (GCC High)',
    authorityHost: 'https://login.microsoftonline.us',
    graphRoot: 'https://graph.microsoft.us',
    tapV1Available: true,
  },
  USGovDoD: {
    cloud: 'USGovDoD',
    label: 'US Government L5 (DoD)',
    authorityHost: 'https://login.microsoftonline.us',
    graphRoot: 'https://dod-graph.microsoft.us',
    tapV1Available: true,
  },
  China: {
    cloud: 'China',
    label: 'China (operated by 21Vianet)',
    authorityHost: 'https://login.chinacloudapi.cn',
    graphRoot: 'https://microsoftgraph.chinacloudapi.cn',
    // Spec A.1/A.9: the v1.0 TAP API is not offered in China (beta only), so minting will fail.
    tapV1Available: false,
    note: 'Temporary Access Pass is not available in Microsoft Graph v1.0 in this cloud; minting will fail.',
  },
};

/** The authority msal-node is given: the cloud's host plus the tenant, never `common`. */
export function authorityUrl(cloud: Cloud, tenantId: string): string {
  return `${cloudTable[cloud].authorityHost}/${tenantId}`;
}

/** The Graph v1.0 base URL every Graph call is made against. */
export function graphBaseUrl(cloud: Cloud): string {
  return `${cloudTable[cloud].graphRoot}/v1.0`;
}

/** A delegated scope on this cloud's Graph resource, e.g. `https://graph.microsoft.us/User.Read`. */
export function graphScope(cloud: Cloud, permission: string): string {
  return `${cloudTable[cloud].graphRoot}/${permission}`;
}
