import { randomBytes, randomInt } from 'node:crypto';
import type { TenantContext } from '../context';
import type { EmuRequest, EmuResponse } from '../http/types';
import { oauthError } from './oauth-error';
import { isOurTenant } from './tenant-path';

/** Entra's device codes live 15 minutes. */
const lifetimeSeconds = 900;
/**
 * Entra answers `interval: 5`; the emulator says 1 so tests and training do not wait (MSAL sleeps
 * `interval` seconds between polls, B.3.2).
 */
const pollIntervalSeconds = 1;
const userCodeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** `POST /{tenant}/oauth2/v2.0/devicecode`. */
export function deviceCode(context: TenantContext, request: EmuRequest): EmuResponse {
  const { directory, clock } = context;
  const form = new URLSearchParams(request.rawBody);
  if (!isOurTenant(directory, request.segments[0] ?? '')) {
    return oauthError(request, clock.now(), 'invalid_request', 90002, `Tenant '${request.segments[0] ?? ''}' not found.`);
  }
  const clientId = form.get('client_id');
  if (clientId !== directory.tenant.clientId) {
    return oauthError(request, clock.now(), 'unauthorized_client', 700016, `Application with identifier '${clientId ?? ''}' was not found in the directory '${directory.tenant.displayName}'.`);
  }
  let userCode = '';
  for (let i = 0; i < 9; i++) userCode += userCodeAlphabet[randomInt(userCodeAlphabet.length)];
  const code = `DAQABAAEAAAD.${randomBytes(48).toString('base64url')}`;
  context.sessions.deviceCodes.set(code, {
    userCode,
    clientId,
    scope: form.get('scope') ?? '',
    expiresAt: clock.now() + lifetimeSeconds * 1000,
    status: 'pending',
    userId: null,
  });
  const verificationUri = `${context.origin}/devicelogin`;
  return {
    status: 200,
    json: {
      user_code: userCode,
      device_code: code,
      verification_uri: verificationUri,
      expires_in: lifetimeSeconds,
      interval: pollIntervalSeconds,
      message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${userCode} to authenticate.`,
    },
  };
}

/** Marks a pending device code as approved by `userId` or declined. Throws on unknown codes: a test bug. */
export function settleDeviceCode(context: TenantContext, userCode: string, outcome: { readonly userId: string } | 'declined'): void {
  const entry = [...context.sessions.deviceCodes.values()].find((d) => d.userCode === userCode.toUpperCase() && d.status === 'pending');
  if (!entry) throw new Error(`No pending device code ${userCode}`);
  if (outcome === 'declined') entry.status = 'declined';
  else {
    entry.status = 'approved';
    entry.userId = outcome.userId;
  }
}
