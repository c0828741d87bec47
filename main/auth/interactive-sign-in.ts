/**
 * Interactive sign-in (auth code + PKCE, msal-node's loopback with form_post) that can never
 * leave TAP Desk hanging. MSAL waits on its loopback server for as long as it takes; a closed
 * browser or a reply with the wrong `state` would wait forever. So the attempt races a timeout
 * and the technician's cancel, and when either wins the loopback is released through MSAL's own
 * path: we post it an `error` reply with the right state, MSAL rejects, and its `finally` closes
 * the server.
 */
import http from 'node:http';
import type { AuthenticationResult, PublicClientApplication } from '@azure/msal-node';
import type { Browser, Clock } from '../kernel/ports';
import { signInCancelled, signInTimedOut } from './auth-errors';
import { errorTemplate, successTemplate } from './templates';

export interface InteractiveSignInOptions {
  readonly pca: PublicClientApplication;
  readonly browser: Browser;
  readonly clock: Clock;
  readonly scopes: readonly string[];
  readonly timeoutMs: number;
  /** Aborted when the technician cancels. */
  readonly signal: AbortSignal;
  /** The remembered technician, so the sign-in page preselects them. */
  readonly loginHint?: string;
  /** A claims challenge to satisfy (a PIM activation asking for MFA or an authentication context). */
  readonly claims?: string;
}

interface Loopback {
  readonly port: number;
  readonly state: string;
}

/** Reads the loopback port and the state MSAL put into the authorize URL. */
function loopbackOf(authorizeUrl: string): Loopback | undefined {
  const query = new URL(authorizeUrl).searchParams;
  const redirect = query.get('redirect_uri');
  const state = query.get('state');
  if (!redirect || !state) return undefined;
  const port = Number(new URL(redirect).port);
  return Number.isInteger(port) && port > 0 ? { port, state } : undefined;
}

/** Posts an error reply to MSAL's loopback so MSAL ends the attempt and closes its server. */
function release(loopback: Loopback): Promise<void> {
  const body = new URLSearchParams({
    error: 'access_denied',
    error_description: 'The sign-in was stopped by TAP Desk.',
    state: loopback.state,
  }).toString();
  return new Promise((resolve) => {
    // 127.0.0.1, not localhost: MSAL listens on IPv4 only.
    const request = http.request(
      {
        host: '127.0.0.1',
        port: loopback.port,
        method: 'POST',
        path: '/',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.resume();
        response.on('end', resolve);
        response.on('error', () => resolve());
      },
    );
    // The server may be gone already (the attempt finished on its own): nothing to release.
    request.on('error', () => resolve());
    request.end(body);
  });
}

/** Runs one interactive sign-in; rejects with sign-in-cancelled or sign-in-timeout when stopped. */
export async function signInInteractive(options: InteractiveSignInOptions): Promise<AuthenticationResult> {
  const { pca, browser, clock, signal } = options;
  let loopback: Loopback | undefined;
  let stopReason: Error | undefined;
  let stopNow: (reason: Error) => void = () => undefined;
  const stopped = new Promise<never>((_, reject) => {
    stopNow = (reason) => {
      stopReason ??= reason;
      reject(stopReason);
    };
  });
  stopped.catch(() => undefined);

  const attempt = pca.acquireTokenInteractive({
    scopes: [...options.scopes],
    // A fresh sign-in lets the technician pick the account (shared service-desk PCs). Signing
    // the remembered technician back in sends their name instead: Entra rejects select_account
    // together with a hint, and MSAL drops the hint when both are given.
    ...(options.loginHint ? { loginHint: options.loginHint } : { prompt: 'select_account' }),
    ...(options.claims ? { claims: options.claims } : {}),
    successTemplate,
    errorTemplate,
    openBrowser: async (url) => {
      loopback = loopbackOf(url);
      if (stopReason) throw stopReason;
      // A Browser port that never returns must not hold MSAL before its listener either.
      await Promise.race([browser.open(url), stopped]);
    },
  });
  attempt.catch(() => undefined);

  const onAbort = (): void => stopNow(signInCancelled());
  if (signal.aborted) onAbort();
  signal.addEventListener('abort', onAbort, { once: true });
  const cancelTimer = clock.setTimeout(() => stopNow(signInTimedOut(Math.round(options.timeoutMs / 1000))), options.timeoutMs);

  try {
    return await Promise.race([attempt, stopped]);
  } catch (error) {
    if (stopReason) {
      if (loopback) {
        await release(loopback);
        // Let MSAL finish its `finally` (server closed) before the caller moves on.
        await attempt.then(
          () => undefined,
          () => undefined,
        );
      }
      // Without a loopback URL MSAL has not reached openBrowser yet; ours throws when it does,
      // and MSAL closes the server in its `finally`.
      throw stopReason;
    }
    throw error;
  } finally {
    cancelTimer();
    signal.removeEventListener('abort', onAbort);
  }
}
