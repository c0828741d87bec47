/**
 * Shared set-up for the sign-in integration tests: the real msal-node (inside the auth service)
 * against the demo tenant over loopback TLS. Fakes only at the ports: the secret store, the clock
 * and the browser (the demo tenant's scripted browser, wrapped to record what it was asked to open).
 */
import type { Session } from '../../../preload/contract';
import { createAuthService, type TechnicianAuth } from '../../../main/auth/auth-service';
import { demoHttp } from '../../../main/auth/demo-sign-in';
import type { DemoTenant } from '../../../main/demo-tenant/index';
import type { Browser, Clock, Http, SecretStore } from '../../../main/kernel/ports';
import { systemClock } from '../../../main/kernel/ports';

/** A Browser port whose behaviour a test can switch, recording every URL it is asked to open. */
export interface ScriptedBrowser extends Browser {
  use(browser: Browser): void;
  readonly opened: string[];
  /** The loopback port msal used for the last sign-in. */
  lastLoopbackPort(): number;
}

export function scriptedBrowser(initial: Browser): ScriptedBrowser {
  let current = initial;
  const opened: string[] = [];
  return {
    opened,
    use(browser) {
      current = browser;
    },
    async open(url) {
      opened.push(url);
      await current.open(url);
    },
    lastLoopbackPort() {
      const last = opened.at(-1);
      if (!last) throw new Error('the browser was never opened');
      return Number(new URL(new URL(last).searchParams.get('redirect_uri') ?? '').port);
    },
  };
}

/** A browser that must never be opened (silent paths). */
export const noBrowser: Browser = {
  open: () => Promise.reject(new Error('the browser should not have been opened')),
};

/** Http port wrapper recording the grant type of every token request (what msal really sent). */
export function recordingHttp(base: Http): Http & { readonly grants: string[] } {
  const grants: string[] = [];
  return {
    grants,
    async fetch(input, init) {
      const url = typeof input === 'string' ? input : input.href;
      if (url.includes('/oauth2/v2.0/token') && typeof init?.body === 'string') {
        grants.push(new URLSearchParams(init.body).get('grant_type') ?? '?');
      }
      return base.fetch(input, init);
    },
  };
}

export interface Harness {
  readonly auth: TechnicianAuth;
  readonly sessions: Session[];
  readonly http: Http & { readonly grants: string[] };
}

export function harness(
  demo: DemoTenant,
  options: { secretStore: SecretStore; browser: Browser; clock?: Clock; signInTimeoutMs?: number; http?: Http },
): Harness {
  const sessions: Session[] = [];
  const http = recordingHttp(options.http ?? demoHttp(demo));
  const auth = createAuthService({
    http,
    browser: options.browser,
    secretStore: options.secretStore,
    clock: options.clock ?? systemClock,
    config: { authority: demo.authority, clientId: demo.clientId, graphBaseUrl: demo.graphBaseUrl },
    onSessionChanged: (session) => sessions.push(session),
    ...(options.signInTimeoutMs === undefined ? {} : { signInTimeoutMs: options.signInTimeoutMs }),
  });
  return { auth, sessions, http };
}

/** Resolves when nothing listens on the port any more (msal closed its loopback server). */
export async function loopbackIsClosed(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/`);
    return false;
  } catch (error) {
    return (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';
  }
}

/** The rejection of a promise, or a failure if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected the call to fail');
}
