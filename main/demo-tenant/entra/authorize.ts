import { randomUUID } from 'node:crypto';
import type { TenantContext } from '../context';
import type { DirectoryUser } from '../directory/types';
import type { EmuRequest, EmuResponse } from '../http/types';
import { clientInfo } from '../jwt';
import { errorPage, formPostPage } from './html';
import { newOpaqueCode } from './issue-tokens';
import { parseScopes } from './scopes';
import { isOurTenant } from './tenant-path';
import { strengthFor } from './claims-request';

/** Codes live 10 minutes, single use (B.3.2). */
const codeLifetimeMs = 10 * 60 * 1000;

/**
 * Test-only query parameter the demo browser adds to act as the user: `cancel` declines the
 * consent screen. Real Entra ignores unknown parameters, so the app never sends it.
 */
export const demoActionParameter = 'x-demo-action';

const html = (status: number, text: string): EmuResponse => ({ status, text, contentType: 'text/html; charset=utf-8' });

/**
 * A redirect URI matches a registered one exactly, except that the port of a loopback URI is
 * ignored for public clients ("Redirect URI (reply URL) outline and restrictions"): `localhost`
 * and `127.0.0.1` are different hosts.
 */
export function isRegisteredRedirect(value: string, registered: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return registered.some((entry) => {
    const known = new URL(entry);
    const loopback = known.hostname === 'localhost' || known.hostname === '127.0.0.1' || known.hostname === '[::1]';
    return (
      url.protocol === known.protocol &&
      url.hostname === known.hostname &&
      (loopback || url.port === known.port) &&
      url.pathname.replace(/\/$/u, '') === known.pathname.replace(/\/$/u, '')
    );
  });
}

/** `GET /{tenant}/oauth2/v2.0/authorize`: signs in `login_hint` (or the first technician) and consents. */
export function authorize(context: TenantContext, request: EmuRequest): EmuResponse {
  const { directory } = context;
  const q = request.url.searchParams;
  const tenantSegment = request.segments[0] ?? '';
  if (!isOurTenant(directory, tenantSegment)) return html(400, errorPage(90002, `Tenant '${tenantSegment}' not found.`));
  if (q.get('client_id') !== directory.tenant.clientId) {
    return html(400, errorPage(700016, `Application with identifier '${q.get('client_id') ?? ''}' was not found in the directory '${directory.tenant.displayName}'.`));
  }
  const redirectUri = q.get('redirect_uri') ?? '';
  if (!isRegisteredRedirect(redirectUri, directory.tenant.redirectUris)) {
    return html(400, errorPage(50011, `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${directory.tenant.clientId}'.`));
  }

  const state = q.get('state');
  const mode = q.get('response_mode') ?? 'query';
  const reply = (fields: Record<string, string>): EmuResponse => {
    const all = state === null ? fields : { ...fields, state };
    if (mode === 'form_post') return html(200, formPostPage(redirectUri, all));
    const target = new URL(redirectUri);
    const encoded = new URLSearchParams(all).toString();
    if (mode === 'fragment') target.hash = encoded;
    else target.search = encoded;
    return { status: 302, headers: { location: target.toString() } };
  };
  const fail = (error: string, aadsts: number, description: string, extra: Record<string, string> = {}): EmuResponse =>
    reply({ error, error_description: `AADSTS${aadsts}: ${description}`, error_uri: `https://login.microsoftonline.com/error?code=${aadsts}`, ...extra });

  if (q.get('response_type') !== 'code') return fail('unsupported_response_type', 70005, "The provided value for the input parameter 'response_type' is not allowed for this request.");
  const challenge = q.get('code_challenge');
  const method = q.get('code_challenge_method') ?? 'plain';
  if (challenge !== null && method !== 'S256' && method !== 'plain') {
    return fail('invalid_request', 501491, "Invalid value for 'code_challenge_method'. Expected 'S256' or 'plain'.");
  }
  if (q.get(demoActionParameter) === 'cancel') {
    return fail('access_denied', 65004, 'User declined to consent to access the app.', { error_subcode: 'cancel' });
  }

  const scope = q.get('scope') ?? '';
  const scopes = parseScopes(scope, directory.tenant);
  if (scopes.notConsented.length > 0) {
    return fail('consent_required', 65001, `The user or administrator has not consented to use the application with ID '${directory.tenant.clientId}' named 'TAP Desk'. Send an interactive authorization request for this user and resource.`);
  }

  const hint = q.get('login_hint');
  const user: DirectoryUser | undefined = hint ? directory.find(hint) : directory.users.find((u) => u.technicianDescription !== undefined);
  if (!user) return fail('invalid_request', 50034, `The user account ${hint ?? ''} does not exist in the '${directory.tenant.tenantId}' directory.`);
  if (!user.accountEnabled) return fail('access_denied', 50057, 'The user account is disabled.');

  const code = newOpaqueCode();
  context.sessions.codes.set(code, {
    clientId: directory.tenant.clientId,
    redirectUri,
    codeChallenge: challenge,
    codeChallengeMethod: method,
    scope,
    userId: user.id,
    nonce: q.get('nonce'),
    strength: strengthFor(q.get('claims')),
    expiresAt: context.clock.now() + codeLifetimeMs,
    redeemed: false,
  });
  const fields: Record<string, string> = { code };
  if (q.get('client_info') === '1') fields['client_info'] = clientInfo(user.id, directory.tenant.tenantId);
  fields['session_state'] = randomUUID();
  return reply(fields);
}
