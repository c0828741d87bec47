import { createHash } from 'node:crypto';
import type { TenantContext } from '../context';
import type { EmuRequest, EmuResponse } from '../http/types';
import { issueTokens } from './issue-tokens';
import { oauthError } from './oauth-error';
import { parseScopes } from './scopes';
import { isOurTenant } from './tenant-path';

const ok = (json: Record<string, unknown>, request: EmuRequest): EmuResponse => ({
  status: 200,
  headers: { 'cache-control': 'no-store, no-cache', pragma: 'no-cache', 'client-request-id': request.clientRequestId },
  json,
});

/** `POST /{tenant}/oauth2/v2.0/token`: authorization_code, refresh_token and device_code grants (B.3.2). */
export function token(context: TenantContext, request: EmuRequest): EmuResponse {
  const { directory, clock } = context;
  const now = clock.now();
  const form = new URLSearchParams(request.rawBody);
  const error = (code: string, aadsts: number, text: string, suberror?: string): EmuResponse =>
    oauthError(request, now, code, aadsts, text, suberror === undefined ? {} : { suberror });

  if (!isOurTenant(directory, request.segments[0] ?? '')) return error('invalid_request', 90002, `Tenant '${request.segments[0] ?? ''}' not found.`);
  const grantType = form.get('grant_type');
  if (!grantType) return error('invalid_request', 900144, "The request body must contain the following parameter: 'grant_type'.");
  const clientId = form.get('client_id');
  if (!clientId) return error('invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.");
  if (clientId !== directory.tenant.clientId) {
    return error('unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory '${directory.tenant.displayName}'.`);
  }

  const userById = (id: string) => directory.users.find((u) => u.id === id);
  const consentCheck = (scope: string): EmuResponse | null =>
    parseScopes(scope, directory.tenant).notConsented.length > 0
      ? error('invalid_grant', 65001, `The user or administrator has not consented to use the application with ID '${clientId}' named 'TAP Desk'.`, 'consent_required')
      : null;

  if (grantType === 'authorization_code') {
    const code = context.sessions.codes.get(form.get('code') ?? '');
    if (!code) return error('invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
    if (code.redeemed) return error('invalid_grant', 54005, 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.');
    code.redeemed = true;
    if (now > code.expiresAt) return error('invalid_grant', 70008, 'The provided authorization code or refresh token has expired due to inactivity.');
    if (form.get('redirect_uri') !== code.redirectUri) return error('invalid_grant', 70000, 'Provided grant is invalid or malformed. The redirect_uri does not match the one used in the authorization request.');
    if (code.codeChallenge !== null) {
      const verifier = form.get('code_verifier') ?? '';
      const computed = code.codeChallengeMethod === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
      if (computed !== code.codeChallenge) return error('invalid_grant', 501481, 'The Code_Verifier does not match the code_challenge supplied in the authorization request.');
    }
    const user = userById(code.userId);
    if (!user) return error('invalid_grant', 50034, 'The user account does not exist in the directory.');
    return ok(issueTokens(context, user, form.get('scope') ?? code.scope, { nonce: code.nonce, strength: code.strength }), request);
  }

  if (grantType === 'refresh_token') {
    const grant = context.sessions.refreshTokens.get(form.get('refresh_token') ?? '');
    if (!grant || grant.clientId !== clientId) return error('invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
    if (grant.revoked) {
      return error('invalid_grant', 50173, 'The provided grant has expired due to it being revoked, a fresh auth token is needed. The user might have changed or reset their password.', 'bad_token');
    }
    const user = userById(grant.userId);
    if (!user?.accountEnabled) return error('invalid_grant', 50057, 'The user account is disabled.', 'bad_token');
    const scope = form.get('scope') ?? grant.scope;
    const denied = consentCheck(scope);
    if (denied) return denied;
    // Rotation: a new refresh token comes back each time; Entra leaves the old one valid until it expires.
    return ok(issueTokens(context, user, scope, grant.strength ? { strength: grant.strength } : {}), request);
  }

  if (grantType === 'urn:ietf:params:oauth:grant-type:device_code' || grantType === 'device_code') {
    const device = context.sessions.deviceCodes.get(form.get('device_code') ?? '');
    if (!device) return error('bad_verification_code', 70000, 'Provided grant is invalid or malformed.');
    if (device.status === 'redeemed') return error('invalid_grant', 54005, 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.');
    if (now >= device.expiresAt) return error('expired_token', 70019, 'Verification code expired.');
    if (device.status === 'declined') return error('authorization_declined', 70000, 'The user has declined to authorize the application.');
    if (device.status === 'pending') return error('authorization_pending', 70016, 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.');
    const user = device.userId === null ? undefined : userById(device.userId);
    if (!user) return error('invalid_grant', 50034, 'The user account does not exist in the directory.');
    const scope = form.get('scope') ?? device.scope;
    const denied = consentCheck(scope);
    if (denied) return denied;
    device.status = 'redeemed';
    return ok(issueTokens(context, user, scope), request);
  }

  return error('unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grantType}'.`);
}
