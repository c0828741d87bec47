import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { TenantContext } from '../context';
import { tenantWideRoleIds } from '../directory/roles';
import type { DirectoryUser } from '../directory/types';
import { clientInfo, signedJwt, unsignedJwt } from '../jwt';
import { parseScopes, responseScope } from './scopes';
import type { SignInStrength } from './sessions';

/** Access-token lifetime Entra commonly grants (B.3.2); keep ≥ 600 s or MSAL refreshes every call. */
export const accessTokenLifetimeSeconds = 3599;

/** The audience Graph checks. */
export const graphAudience = 'https://graph.microsoft.com';

/** A successful token response for `user`, plus a fresh refresh token when offline_access was asked. */
export function issueTokens(
  context: TenantContext,
  user: DirectoryUser,
  scope: string,
  options: { readonly nonce?: string | null; readonly strength?: SignInStrength } = {},
): Record<string, unknown> {
  const { directory, clock, origin, signingKey, sessions } = context;
  const { tenantId, clientId } = directory.tenant;
  const request = parseScopes(scope, directory.tenant);
  const iat = Math.floor(clock.now() / 1000);
  const exp = iat + accessTokenLifetimeSeconds;

  const accessToken = signedJwt(
    {
      aud: request.resource,
      iss: `https://sts.windows.net/${tenantId}/`,
      iat,
      nbf: iat,
      exp,
      appid: clientId,
      app_displayname: 'TAP Desk',
      idtyp: 'user',
      name: user.displayName,
      oid: user.id,
      scp: request.granted.join(' '),
      sub: pairwiseSubject(user.id, request.resource),
      tid: tenantId,
      unique_name: user.userPrincipalName,
      upn: user.userPrincipalName,
      uti: randomBytes(16).toString('base64url'),
      ver: '1.0',
      wids: tenantWideRoleIds(user),
      amr: options.strength?.amr ?? ['pwd'],
      ...(options.strength && options.strength.acrs.length > 0 ? { acrs: options.strength.acrs } : {}),
    },
    signingKey,
  );
  const idToken = unsignedJwt({
    ver: '2.0',
    iss: `${origin}/${tenantId}/v2.0`,
    aud: clientId,
    iat,
    nbf: iat,
    exp,
    name: user.displayName,
    oid: user.id,
    preferred_username: user.userPrincipalName,
    sub: pairwiseSubject(user.id, clientId),
    tid: tenantId,
    uti: randomBytes(16).toString('base64url'),
    // MSAL 7 fails with nonce_mismatch if the id_token carries a nonce the request did not (B.3.2).
    ...(options.nonce ? { nonce: options.nonce } : {}),
  });

  const response: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: responseScope(request),
    expires_in: accessTokenLifetimeSeconds,
    ext_expires_in: accessTokenLifetimeSeconds,
    access_token: accessToken,
    id_token: idToken,
    client_info: clientInfo(user.id, tenantId),
  };
  if (request.offlineAccess) {
    const refreshToken = `1.demo.${randomBytes(48).toString('base64url')}`;
    sessions.refreshTokens.set(refreshToken, { userId: user.id, clientId, scope, revoked: false, ...(options.strength ? { strength: options.strength } : {}) });
    response['refresh_token'] = refreshToken;
  }
  return response;
}

/** `sub` is pairwise per application in Entra; a stable hash reproduces that. */
function pairwiseSubject(oid: string, audience: string): string {
  return createHash('sha256').update(`${oid}|${audience}`).digest('base64url').slice(0, 43);
}

export const newOpaqueCode = (): string => `1.demo.${randomUUID()}.${randomBytes(24).toString('base64url')}`;
