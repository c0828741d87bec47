import type { TenantInfo } from '../directory/types';

const oidcScopes = new Set(['openid', 'profile', 'email', 'offline_access']);
const graphResource = 'https://graph.microsoft.com/';
/** Azure Monitor's resource (Logs Ingestion), asked for as `https://monitor.azure.com//.default`. */
export const monitorAudience = 'https://monitor.azure.com';
const monitorScope = /^https:\/\/monitor\.azure\.com\/\/?\.default$/i;

export interface ScopeRequest {
  /** Resource scopes as the client sent them (echoed back in the token response). */
  readonly requested: readonly string[];
  /** Short Graph permission names granted (the `scp` claim). */
  readonly granted: readonly string[];
  readonly offlineAccess: boolean;
  /** Requested permissions the app has no admin consent for. */
  readonly notConsented: readonly string[];
  /** The token's audience: Graph, or Azure Monitor when only its `.default` was asked for. */
  readonly resource: string;
}

/** Splits a scope string into OIDC and Graph scopes; `.default` means every consented permission. */
export function parseScopes(scope: string, tenant: TenantInfo): ScopeRequest {
  const all = scope.split(/\s+/u).filter((s) => s.length > 0);
  const requested = all.filter((s) => !oidcScopes.has(s.toLowerCase()));
  // One token is for one resource: Azure Monitor alone, or Graph (anything else is refused below).
  if (requested.length > 0 && requested.every((s) => monitorScope.test(s))) {
    return {
      requested,
      granted: ['user_impersonation'],
      offlineAccess: all.some((s) => s.toLowerCase() === 'offline_access'),
      notConsented: [],
      resource: monitorAudience,
    };
  }
  const consented = new Map(tenant.consentedScopes.map((s) => [s.toLowerCase(), s]));
  const granted: string[] = [];
  const notConsented: string[] = [];
  for (const s of requested) {
    const short = s.toLowerCase().startsWith(graphResource) ? s.slice(graphResource.length) : s;
    if (short === '.default') granted.push(...tenant.consentedScopes);
    else if (consented.has(short.toLowerCase())) granted.push(consented.get(short.toLowerCase()) ?? short);
    else notConsented.push(s);
  }
  return {
    requested,
    granted: [...new Set(granted)],
    offlineAccess: all.some((s) => s.toLowerCase() === 'offline_access'),
    notConsented,
    resource: 'https://graph.microsoft.com',
  };
}

/** The `scope` of a token response: requested resource scopes as sent, then the OIDC ones (B.3.2). */
export function responseScope(request: ScopeRequest): string {
  const resource = request.requested.some((s) => s.endsWith('.default')) ? request.granted : request.requested;
  return [...resource, 'openid', 'profile', 'email'].join(' ');
}
