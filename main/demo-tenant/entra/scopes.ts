import type { TenantInfo } from '../directory/types';

const oidcScopes = new Set(['openid', 'profile', 'email', 'offline_access']);
const graphResource = 'https://graph.microsoft.com/';

export interface ScopeRequest {
  /** Resource scopes as the client sent them (echoed back in the token response). */
  readonly requested: readonly string[];
  /** Short Graph permission names granted (the `scp` claim). */
  readonly granted: readonly string[];
  readonly offlineAccess: boolean;
  /** Requested permissions the app has no admin consent for. */
  readonly notConsented: readonly string[];
}

/** Splits a scope string into OIDC and Graph scopes; `.default` means every consented permission. */
export function parseScopes(scope: string, tenant: TenantInfo): ScopeRequest {
  const all = scope.split(/\s+/u).filter((s) => s.length > 0);
  const requested = all.filter((s) => !oidcScopes.has(s.toLowerCase()));
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
  };
}

/** The `scope` of a token response: requested resource scopes as sent, then the OIDC ones (B.3.2). */
export function responseScope(request: ScopeRequest): string {
  const resource = request.requested.some((s) => s.endsWith('.default')) ? request.granted : request.requested;
  return [...resource, 'openid', 'profile', 'email'].join(' ');
}
