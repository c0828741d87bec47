import type { TenantContext } from '../context';
import type { EmuRequest, EmuResponse } from '../http/types';
import { authorize } from './authorize';
import { deviceCode } from './device-code';
import { openIdConfiguration, signingKeys } from './discovery';
import { escapeHtml } from './html';
import { oauthError } from './oauth-error';
import { token } from './token';

type EntraHandler = (context: TenantContext, request: EmuRequest) => EmuResponse;

const routes: { readonly method: string; readonly path: readonly string[]; readonly handler: EntraHandler }[] = [
  { method: 'GET', path: ['v2.0', '.well-known', 'openid-configuration'], handler: openIdConfiguration },
  { method: 'GET', path: ['discovery', 'v2.0', 'keys'], handler: signingKeys },
  { method: 'GET', path: ['oauth2', 'v2.0', 'authorize'], handler: authorize },
  { method: 'POST', path: ['oauth2', 'v2.0', 'token'], handler: token },
  { method: 'POST', path: ['oauth2', 'v2.0', 'devicecode'], handler: deviceCode },
  {
    method: 'GET',
    path: ['oauth2', 'v2.0', 'logout'],
    handler: () => ({ status: 200, text: '<html><body><p>You signed out of your account.</p></body></html>', contentType: 'text/html; charset=utf-8' }),
  },
];

/** True when the path belongs to the Entra side: `/{tenant}/oauth2/…`, `/{tenant}/v2.0/…`, `/{tenant}/discovery/…`. */
export function isEntraPath(segments: readonly string[]): boolean {
  return segments.length >= 2 && ['oauth2', 'v2.0', 'discovery'].includes((segments[1] ?? '').toLowerCase());
}

export function handleEntra(context: TenantContext, request: EmuRequest): EmuResponse {
  const rest = request.segments.slice(1).map((s) => s.toLowerCase());
  const sameSegments = routes.filter((r) => r.path.length === rest.length && r.path.every((p, i) => p.toLowerCase() === rest[i]));
  const route = sameSegments.find((r) => r.method === request.method);
  if (route) return route.handler(context, request);
  if (sameSegments.length > 0) {
    const only = sameSegments.map((r) => r.method).join(', ');
    return oauthError(request, context.clock.now(), 'invalid_request', 900561, `The endpoint only accepts ${only} requests. Received a ${request.method} request.`, { status: 405, headers: { allow: only } });
  }
  return { status: 404, text: `<html><body><h1>404 Not Found</h1><p>${escapeHtml(request.url.pathname)}</p></body></html>`, contentType: 'text/html; charset=utf-8' };
}

/** `GET /devicelogin`: where the device-code message points. Approval happens through the test API. */
export function deviceLoginPage(): EmuResponse {
  return {
    status: 200,
    contentType: 'text/html; charset=utf-8',
    text: '<html><body><h1>Demo tenant: device sign-in</h1><p>Codes are approved by the demo tenant itself (approveDeviceCode).</p></body></html>',
  };
}
