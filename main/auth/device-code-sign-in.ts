/**
 * Device code sign-in, the fallback for locked-down desktops where no browser can reach the
 * loopback: the code is shown in TAP Desk and entered on any other device. MSAL polls until the
 * code is used or expires; cancel sets MSAL's own `cancel` flag (checked between polls) and
 * rejects at once, so the technician never waits for the next poll.
 */
import type { AuthenticationResult, DeviceCodeRequest, PublicClientApplication } from '@azure/msal-node';
import type { DeviceCodePrompt } from '../../preload/contract';
import type { Clock } from '../kernel/ports';
import { AppFailure } from '../kernel/result';
import { signInCancelled } from './auth-errors';

export interface DeviceCodeSignInOptions {
  readonly pca: PublicClientApplication;
  readonly clock: Clock;
  readonly scopes: readonly string[];
  readonly signal: AbortSignal;
  /** Called once the code is known: the UI shows it. */
  readonly onPrompt: (prompt: DeviceCodePrompt) => void;
}

/** Runs one device code sign-in; rejects with sign-in-cancelled when the technician cancels. */
export async function signInWithDeviceCode(options: DeviceCodeSignInOptions): Promise<AuthenticationResult> {
  const { pca, clock, signal } = options;
  const request: DeviceCodeRequest = {
    scopes: [...options.scopes],
    deviceCodeCallback: (response) => {
      options.onPrompt({
        userCode: response.userCode,
        verificationUri: response.verificationUri,
        message: response.message,
        expiresAt: new Date(clock.now() + response.expiresIn * 1000).toISOString(),
      });
    },
  };
  // MSAL merges its own fields into this same object, so setting `cancel` later reaches the poll loop.
  const attempt = pca.acquireTokenByDeviceCode(request);
  attempt.catch(() => undefined);

  let onAbort: () => void = () => undefined;
  const cancelled = new Promise<never>((_, reject) => {
    onAbort = () => {
      request.cancel = true;
      reject(signInCancelled());
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const result = await Promise.race([attempt, cancelled]);
    if (!result) throw new AppFailure('internal', 'Sign-in with a code returned no account.', 'Try again.');
    return result;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
