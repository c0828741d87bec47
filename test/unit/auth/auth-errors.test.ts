import { AuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { toAuthFailure } from '../../../main/auth/auth-errors';
import { AppFailure } from '../../../main/kernel/result';

describe('toAuthFailure', () => {
  it('sends InteractionRequiredAuthError back to sign-in', () => {
    const failure = toAuthFailure(new InteractionRequiredAuthError('invalid_grant', '', 'AADSTS50173: revoked', 'bad_token'));
    expect(failure.code).toBe('interaction-required');
    expect(failure.hint).toMatch(/keeps your place/);
  });

  it('treats a plain invalid_grant ServerError (no suberror) the same way', () => {
    expect(toAuthFailure(new ServerError('invalid_grant', '', 'AADSTS700082: expired')).code).toBe('interaction-required');
  });

  it('reports access_denied from the browser as cancelled, quoting only the AADSTS code', () => {
    const failure = toAuthFailure(
      new ServerError('access_denied', '', 'AADSTS65004: User declined to consent. Trace ID: 1234 Correlation ID: abcd'),
    );
    expect(failure.code).toBe('sign-in-cancelled');
    expect(failure.message).toContain('AADSTS65004');
    expect(failure.message).not.toContain('Trace ID');
  });

  it('reports a rejected client as a configuration problem', () => {
    expect(toAuthFailure(new ServerError('invalid_client', '', 'AADSTS7000218')).code).toBe('not-configured');
  });

  it('prefers the network failure the network client recorded over MSAL\'s wrapper', () => {
    const network = new AppFailure('tls', 'Could not make a trusted connection to login.microsoftonline.com');
    expect(toAuthFailure(new AuthError('endpoints_resolution_error', ''), network)).toBe(network);
  });

  it('maps device code cancel and expiry', () => {
    expect(toAuthFailure(new AuthError('device_code_polling_cancelled', '')).code).toBe('sign-in-cancelled');
    expect(toAuthFailure(new AuthError('device_code_expired', '')).code).toBe('sign-in-timeout');
  });

  it('maps a device code declined or expired on the other device (MSAL keeps the server error in the message)', () => {
    expect(toAuthFailure(new AuthError('post_request_failed', '', 'authorization_declined')).code).toBe('sign-in-cancelled');
    expect(toAuthFailure(new AuthError('post_request_failed', '', 'expired_token')).code).toBe('sign-in-timeout');
  });

  it('reports unresolved endpoints without a network failure as a configuration problem', () => {
    expect(toAuthFailure(new AuthError('endpoints_resolution_error', '')).code).toBe('not-configured');
  });

  it('keeps anything unknown generic', () => {
    const failure = toAuthFailure(new Error('token=abc.def.ghi'));
    expect(failure.code).toBe('internal');
    expect(failure.message).not.toContain('abc.def.ghi');
  });
});
