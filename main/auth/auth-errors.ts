/**
 * MSAL's errors in a technician's words. Expected outcomes (cancelled, timed out, sign-in
 * expired, offline) become AppFailures with a next step; the raw MSAL message never reaches
 * the renderer (it can carry correlation ids and, with PII, names).
 */
import { AuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-node';
import { AppFailure } from '../kernel/result';

const SIGN_IN_AGAIN = 'Sign in again. TAP Desk keeps your place.';

/** The sign-in has expired or been revoked: the technician must sign in interactively again. */
export function interactionRequired(): AppFailure {
  return new AppFailure('interaction-required', 'Your sign-in has expired or was revoked.', SIGN_IN_AGAIN);
}

/** Nobody is signed in (or the session is not yet ready): no token to give. */
export function notSignedIn(): AppFailure {
  return new AppFailure('not-signed-in', 'You are not signed in.', 'Sign in to continue.');
}

export function signInCancelled(inBrowser = false): AppFailure {
  return new AppFailure(
    'sign-in-cancelled',
    inBrowser ? 'Sign-in was cancelled or refused in the browser.' : 'Sign-in was cancelled.',
    'Start the sign-in again when you are ready.',
  );
}

export function signInTimedOut(seconds: number): AppFailure {
  return new AppFailure(
    'sign-in-timeout',
    `Sign-in did not complete within ${seconds} seconds.`,
    'If the browser did not open or the page was closed, start the sign-in again. On a locked-down PC, use "Sign in with a code" instead.',
  );
}

function codeExpired(): AppFailure {
  return new AppFailure('sign-in-timeout', 'The sign-in code expired before it was used.', 'Start again for a new code.');
}

/** The AADSTS number is safe to show and is what an admin searches for. */
function aadsts(text: string | undefined): string {
  const code = /AADSTS\d+/.exec(text ?? '')?.[0];
  return code ? ` (${code})` : '';
}

/**
 * Maps anything a sign-in or token call threw. `network` is the failure the network client
 * recorded during the call: MSAL hides it behind `endpoints_resolution_error` / `network_error`.
 */
export function toAuthFailure(error: unknown, network?: AppFailure): AppFailure {
  if (error instanceof AppFailure) return error;
  if (network) return network;
  if (error instanceof InteractionRequiredAuthError) return interactionRequired();
  if (error instanceof ServerError) {
    const detail = aadsts(error.errorMessage);
    switch (error.errorCode) {
      case 'invalid_grant':
        return interactionRequired();
      case 'access_denied':
        return new AppFailure(
          'sign-in-cancelled',
          `Sign-in was cancelled or refused in the browser${detail}.`,
          'Start the sign-in again. If consent was refused, ask your admin to grant consent for TAP Desk.',
        );
      case 'invalid_client':
      case 'unauthorized_client':
        return new AppFailure(
          'not-configured',
          `The tenant does not accept TAP Desk's app registration${detail}.`,
          'Ask your admin to check the client ID and that "Allow public client flows" is on (see "Register the app" in the admin guide).',
        );
      case 'authorization_declined':
        return signInCancelled(true);
      case 'expired_token':
        return codeExpired();
      default:
        return new AppFailure(
          'internal',
          `Sign-in failed: the sign-in service answered ${error.errorCode}${detail}.`,
          'Try again. If it keeps happening, give your admin the time and this error.',
        );
    }
  }
  if (error instanceof AuthError) {
    switch (error.errorCode) {
      case 'device_code_polling_cancelled':
        return signInCancelled();
      case 'device_code_expired':
      case 'user_timeout_reached':
        return codeExpired();
      case 'post_request_failed':
        // The device code poll ended with an error other than "pending"; MSAL keeps it in the message.
        if (/authorization_declined/.test(error.errorMessage)) return signInCancelled(true);
        if (/expired_token/.test(error.errorMessage)) return codeExpired();
        return new AppFailure('internal', 'Sign-in with a code failed.', 'Try again, or sign in with the browser.');
      case 'no_account_in_silent_request':
        return notSignedIn();
      case 'endpoints_resolution_error':
        return new AppFailure(
          'not-configured',
          'TAP Desk could not read the sign-in settings of this tenant.',
          'Check the tenant ID and the cloud in the settings. If they are right, the sign-in service may be unreachable.',
        );
      default:
        return new AppFailure('internal', `Sign-in failed (${error.errorCode}).`, 'Try again. If it keeps happening, restart TAP Desk.');
    }
  }
  return new AppFailure('internal', 'Sign-in failed unexpectedly.', 'Try again. If it keeps happening, restart TAP Desk.');
}
