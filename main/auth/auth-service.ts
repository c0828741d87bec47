/**
 * The technician's sign-in, as the AuthService the handlers call and the TokenSource the Graph
 * layer calls before every request. One PublicClientApplication per service; one technician
 * at a time (signing in as someone else drops the previous account from the cache).
 */
import type { AccountInfo, AuthenticationResult } from '@azure/msal-node';
import type { Session, Technician } from '../../preload/contract';
import { createMsalNetworkClient } from '../net/msal-network-client';
import type { Browser, Clock, Http, SecretStore } from '../kernel/ports';
import { AppFailure } from '../kernel/result';
import type { AuthService } from '../kernel/services';
import { silentLog, type AuthLog } from './auth-log';
import { interactionRequired, notSignedIn, toAuthFailure } from './auth-errors';
import { createSecretStoreCachePlugin, type TokenCacheMode } from './cache-plugin';
import { signInWithDeviceCode } from './device-code-sign-in';
import { signInInteractive } from './interactive-sign-in';
import { createPublicClient } from './public-client';
import { graphScopes, pimActivationScopes } from './scopes';
import type { PimRules } from '../../preload/contract';
import type { TokenSource } from '../graph/token-source';
import { raceAbort } from './race-abort';
import { technicianFrom } from './technician';
import { readTechnicianRoles } from './technician-roles';

export interface AuthConfig {
  readonly authority: string;
  readonly clientId: string;
  /** Graph root for this cloud (`https://graph.microsoft.com` or `.../v1.0`); decides the scopes. */
  readonly graphBaseUrl: string;
  readonly knownAuthorities?: readonly string[];
}

export interface AuthDeps {
  readonly http: Http;
  readonly browser: Browser;
  readonly secretStore: SecretStore;
  readonly clock: Clock;
  readonly config: AuthConfig;
  readonly onSessionChanged: (session: Session) => void;
  readonly log?: AuthLog;
  /** How long a browser sign-in may take before TAP Desk gives up. Default 3 minutes. */
  readonly signInTimeoutMs?: number;
}

export interface TechnicianAuth extends AuthService, TokenSource {
  technician(): Technician | null;
  /**
   * Reads the technician's roles again (a role activated in PIM after sign-in counts at once).
   * Returns the session, unchanged when signed out.
   */
  refreshRoles(signal?: AbortSignal): Promise<Session>;
  /** Clock time the roles were last read; 0 when signed out. */
  rolesReadAt(): number;
  /** Where the token cache lives, for `app.info`. */
  readonly tokenCache: TokenCacheMode;
  /**
   * A token that may activate PIM roles (RoleAssignmentSchedule.ReadWrite.Directory), asked for
   * only when activating. With `claims` the technician signs in again in the browser to meet a
   * claims challenge (MFA, an authentication context); the session and account stay the same.
   */
  pimToken(options?: { readonly claims?: string; readonly signal?: AbortSignal }): Promise<string>;
  /** A token for extra delegated scopes (the notice's Mail.Send), silently from the signed-in account. */
  tokenFor(scopes: readonly string[]): Promise<string>;
  /** Rules a PIM refusal taught, shown for roles whose policy could not be read. */
  learnPimRules(roleTemplateId: string, rules: PimRules): void;
}

const DEFAULT_SIGN_IN_TIMEOUT_MS = 3 * 60_000;

/** Creates the auth service. Nothing touches the network or the store until the first call. */
export function createAuthService(deps: AuthDeps): TechnicianAuth {
  const log = deps.log ?? silentLog;
  const network = createMsalNetworkClient(deps.http);
  const cache = createSecretStoreCachePlugin(deps.secretStore, log);
  const pca = createPublicClient(deps.config, network, cache, log);
  const scopes = graphScopes(deps.config.graphBaseUrl);

  let session: Session = { state: 'signed-out' };
  let account: AccountInfo | null = null;
  let current: Technician | null = null;
  /** The refresh token was refused: skip the silent attempt and go straight to the browser. */
  let needsInteraction = false;
  let attempt: AbortController | null = null;
  let hydration: Promise<void> | null = null;
  let rolesReadAt = 0;
  const learned = new Map<string, PimRules>();

  const readRoles = async (accountInfo: AccountInfo, token: string, signal?: AbortSignal): Promise<Technician> => {
    const roles = await readTechnicianRoles(deps.http, deps.config.graphBaseUrl, token, accountInfo.localAccountId, signal);
    rolesReadAt = deps.clock.now();
    return technicianFrom(accountInfo, roles, learned);
  };

  const setSession = (next: Session): Session => {
    session = next;
    deps.onSessionChanged(next);
    return next;
  };

  const signedIn = async (result: AuthenticationResult, signal?: AbortSignal): Promise<Session> => {
    const signedInAccount = result.account ?? account;
    if (!signedInAccount) throw new AppFailure('internal', 'Sign-in returned no account.', 'Try again.');
    account = signedInAccount;
    needsInteraction = false;
    // One technician per PC session: another person's refresh token must not linger.
    for (const other of await pca.getAllAccounts()) {
      if (other.homeAccountId !== signedInAccount.homeAccountId) await pca.signOut({ account: other });
    }
    current = await readRoles(signedInAccount, result.accessToken, signal);
    return setSession({ state: 'signed-in', technician: current });
  };

  const silent = async (signal?: AbortSignal, forceRefresh = false): Promise<AuthenticationResult> => {
    if (!account) throw notSignedIn();
    network.takeFailure();
    const pending = pca.acquireTokenSilent({ account, scopes: [...scopes], forceRefresh });
    try {
      return await (signal ? raceAbort(pending, signal) : pending);
    } catch (error) {
      if (signal?.aborted) throw error;
      const failure = toAuthFailure(error, network.takeFailure());
      if (failure.code === 'interaction-required') {
        // Signed out, but remembered: the next sign-in preselects this technician and the
        // renderer keeps its place.
        needsInteraction = true;
        current = null;
        if (session.state === 'signed-in') setSession({ state: 'signed-out' });
      }
      throw failure;
    }
  };

  const hydrate = (): Promise<void> => {
    hydration ??= (async () => {
      const [remembered] = await pca.getAllAccounts();
      if (!remembered) return;
      account = remembered;
      try {
        await signedIn(await silent());
      } catch (error) {
        // Offline or expired at start: stay signed out, remember who it was.
        log('info', `Saved sign-in not restored: ${error instanceof AppFailure ? error.code : 'unexpected error'}.`);
      }
    })();
    return hydration;
  };

  const signIn: AuthService['signIn'] = async ({ flow }) => {
    await hydrate();
    if (session.state === 'signed-in') return session;
    if (attempt) {
      throw new AppFailure('conflict', 'A sign-in is already in progress.', 'Finish it, or cancel it and start again.');
    }
    const controller = new AbortController();
    attempt = controller;
    setSession({ state: 'signing-in' });
    try {
      if (flow === 'browser' && account && !needsInteraction) {
        try {
          return await signedIn(await silent(controller.signal), controller.signal);
        } catch (error) {
          if (controller.signal.aborted) throw error;
          // Fall through to the browser: the saved sign-in did not work.
        }
      }
      network.takeFailure();
      const result =
        flow === 'browser'
          ? await signInInteractive({
              pca,
              browser: deps.browser,
              clock: deps.clock,
              scopes,
              timeoutMs: deps.signInTimeoutMs ?? DEFAULT_SIGN_IN_TIMEOUT_MS,
              signal: controller.signal,
              ...(account ? { loginHint: account.username } : {}),
            })
          : await signInWithDeviceCode({
              pca,
              clock: deps.clock,
              scopes,
              signal: controller.signal,
              onPrompt: (deviceCode) => {
                if (attempt === controller) setSession({ state: 'signing-in', deviceCode });
              },
            });
      return await signedIn(result);
    } catch (error) {
      if (attempt === controller) setSession({ state: 'signed-out' });
      throw toAuthFailure(error, network.takeFailure());
    } finally {
      if (attempt === controller) attempt = null;
    }
  };

  const pimScopes = pimActivationScopes(deps.config.graphBaseUrl);

  return {
    tokenCache: cache.mode,
    async pimToken(options = {}) {
      await hydrate();
      if (!account || session.state !== 'signed-in') throw notSignedIn();
      network.takeFailure();
      try {
        if (options.claims === undefined) return (await pca.acquireTokenSilent({ account, scopes: pimScopes })).accessToken;
        const result = await signInInteractive({
          pca,
          browser: deps.browser,
          clock: deps.clock,
          scopes: pimScopes,
          timeoutMs: deps.signInTimeoutMs ?? DEFAULT_SIGN_IN_TIMEOUT_MS,
          signal: options.signal ?? new AbortController().signal,
          loginHint: account.username,
          claims: options.claims,
        });
        return result.accessToken;
      } catch (error) {
        throw toAuthFailure(error, network.takeFailure());
      }
    },
    async tokenFor(extra) {
      await hydrate();
      if (!account || session.state !== 'signed-in') throw notSignedIn();
      network.takeFailure();
      try {
        return (await pca.acquireTokenSilent({ account, scopes: [...extra] })).accessToken;
      } catch (error) {
        throw toAuthFailure(error, network.takeFailure());
      }
    },
    learnPimRules(roleTemplateId, rules) {
      learned.set(roleTemplateId.toLowerCase(), rules);
    },
    technician: () => current,
    rolesReadAt: () => (current ? rolesReadAt : 0),
    async refreshRoles(signal) {
      await hydrate();
      const who = account;
      if (session.state !== 'signed-in' || !who) return session;
      const token = (await silent(signal)).accessToken;
      const next = await readRoles(who, token, signal);
      // A sign-out or another technician while the roles were read wins.
      if (session.state !== 'signed-in' || account !== who) return session;
      current = next;
      return setSession({ state: 'signed-in', technician: next });
    },
    async status() {
      await hydrate();
      return session;
    },
    signIn,
    async cancel() {
      if (!attempt) return session;
      attempt.abort();
      attempt = null;
      return setSession({ state: 'signed-out' });
    },
    async signOut() {
      attempt?.abort();
      attempt = null;
      await hydrate().catch(() => undefined);
      for (const known of await pca.getAllAccounts()) await pca.signOut({ account: known });
      await deps.secretStore.clear();
      cache.reset();
      account = null;
      current = null;
      rolesReadAt = 0;
      needsInteraction = false;
      return setSession({ state: 'signed-out' });
    },
    async getGraphToken(signal, options) {
      await hydrate();
      // The refresh token was already refused: asking again would only cost a round trip.
      if (needsInteraction) throw interactionRequired();
      return (await silent(signal, options?.forceRefresh === true)).accessToken;
    },
  };
}
