import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { createRecordingSecretStore } from '../../unit/auth/fake-secret-store';
import { createDemoAuthService } from '../../../main/auth/demo-sign-in';
import { systemClock } from '../../../main/kernel/ports';
import { AppFailure } from '../../../main/kernel/result';
import type { Session } from '../../../preload/contract';
import { harness, loopbackIsClosed, rejectionOf, scriptedBrowser } from './auth-fixture';

let demo: DemoTenant;
beforeAll(async () => {
  demo = await startDemoTenant();
});
afterAll(async () => {
  await demo.stop();
});
afterEach(() => {
  vi.useRealTimers();
});

const TWO_HOURS = 2 * 60 * 60 * 1000;

/** Moves the wall clock (MSAL's and the demo tenant's) past the access token's expiry. */
function pastTokenExpiry(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + TWO_HOURS);
}

describe('browser sign-in against the demo tenant', () => {
  it('signs the technician in and shows name, UPN, tenant and what they may do', async () => {
    const priya = demo.technicians[0]!;
    const browser = scriptedBrowser(demo.browser({ upn: priya.upn }));
    const { auth, sessions } = harness(demo, { secretStore: createRecordingSecretStore(true), browser });

    expect(await auth.status()).toEqual({ state: 'signed-out' });
    const session = await auth.signIn({ flow: 'browser' });

    expect(session).toEqual({
      state: 'signed-in',
      technician: expect.objectContaining({
        displayName: priya.displayName,
        userPrincipalName: priya.upn,
        tenantId: demo.tenantId,
        capability: 'everyone',
      }),
    });
    expect(session.state === 'signed-in' && [...(session.technician.roles ?? [])].sort()).toEqual([...priya.roles].sort());
    expect(sessions.map((s) => s.state)).toEqual(['signing-in', 'signed-in']);
    expect(auth.technician()?.userPrincipalName).toBe(priya.upn);
    // Auth code + PKCE with form_post, letting the technician pick the account.
    const authorize = new URL(browser.opened[0]!);
    expect(authorize.searchParams.get('response_mode')).toBe('form_post');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('prompt')).toBe('select_account');
    expect(authorize.searchParams.get('scope')).toContain('UserAuthenticationMethod.ReadWrite.All');
    expect(await loopbackIsClosed(browser.lastLoopbackPort())).toBe(true);
  });

  it.each([
    ['tom.becker@contoso.example', 'members'],
    ['grace.liu@contoso.example', 'read-only'],
    ['sam.okafor@contoso.example', 'none'],
    // AU-scoped roles are not directory roles; the role assignments name their unit scope.
    ['lena.fischer@contoso.example', 'members'],
  ])('reads the roles of %s as %s', async (upn, capability) => {
    const { auth } = harness(demo, {
      secretStore: createRecordingSecretStore(true),
      browser: scriptedBrowser(demo.browser({ upn })),
    });
    const session = await auth.signIn({ flow: 'browser' });
    expect(session.state === 'signed-in' && session.technician.capability).toBe(capability);
  });

  it('renews silently: from the cache first, then with the refresh token once the token expired', async () => {
    const browser = scriptedBrowser(demo.browser());
    const { auth, http } = harness(demo, { secretStore: createRecordingSecretStore(true), browser });
    await auth.signIn({ flow: 'browser' });
    const grantsAfterSignIn = http.grants.length;

    const first = await auth.getGraphToken();
    const second = await auth.getGraphToken();
    expect(second).toBe(first);
    expect(http.grants.length).toBe(grantsAfterSignIn);

    pastTokenExpiry();
    const renewed = await auth.getGraphToken();
    expect(renewed).not.toBe(first);
    expect(http.grants.slice(grantsAfterSignIn)).toEqual(['refresh_token']);
    expect(browser.opened).toHaveLength(1);

    // The renewed token works on Graph.
    const me = await http.fetch(`${demo.graphBaseUrl}v1.0/me`, { headers: { authorization: `Bearer ${renewed}` } });
    expect(me.status).toBe(200);
  });

  it('after the refresh token is revoked: interaction required, signed out but remembered, then signs in again', async () => {
    const tom = 'tom.becker@contoso.example';
    const browser = scriptedBrowser(demo.browser());
    const { auth, sessions } = harness(demo, { secretStore: createRecordingSecretStore(true), browser });
    // Default browser signs in the first technician unless the app sends a login_hint.
    browser.use(demo.browser({ upn: tom }));
    await auth.signIn({ flow: 'browser' });
    browser.use(demo.browser());

    demo.revokeRefreshTokens(tom);
    pastTokenExpiry();
    const failure = await rejectionOf(auth.getGraphToken());
    expect(failure.code).toBe('interaction-required');
    expect(sessions.at(-1)).toEqual({ state: 'signed-out' });
    expect(auth.technician()).toBeNull();
    // Asking again does not hammer the token endpoint: the answer is already known.
    expect((await rejectionOf(auth.getGraphToken())).code).toBe('interaction-required');

    const again = await auth.signIn({ flow: 'browser' });
    expect(browser.opened).toHaveLength(2);
    // The remembered technician is preselected (login_hint), so the same person comes back.
    expect(new URL(browser.opened[1]!).searchParams.get('login_hint')).toBe(tom);
    expect(again.state === 'signed-in' && again.technician.userPrincipalName).toBe(tom);
    expect(typeof (await auth.getGraphToken())).toBe('string');
  });

  it('signs out: the account and the saved cache are gone, and a restart is signed out', async () => {
    const store = createRecordingSecretStore(true);
    const { auth } = harness(demo, { secretStore: store, browser: scriptedBrowser(demo.browser()) });
    await auth.signIn({ flow: 'browser' });
    expect(store.bytes).not.toBeNull();

    expect(await auth.signOut()).toEqual({ state: 'signed-out' });
    expect(store.bytes).toBeNull();
    expect(auth.technician()).toBeNull();
    expect((await rejectionOf(auth.getGraphToken())).code).toBe('not-signed-in');

    const restarted = harness(demo, { secretStore: store, browser: scriptedBrowser(demo.browser()) });
    expect(await restarted.auth.status()).toEqual({ state: 'signed-out' });
  });

  it('signing in as another technician drops the previous one from the cache', async () => {
    const store = createRecordingSecretStore(true);
    const browser = scriptedBrowser(demo.browser({ upn: 'grace.liu@contoso.example' }));
    const { auth } = harness(demo, { secretStore: store, browser });
    await auth.signIn({ flow: 'browser' });
    await auth.signOut();
    browser.use(demo.browser({ upn: 'tom.becker@contoso.example' }));
    await auth.signIn({ flow: 'browser' });
    const saved = new TextDecoder().decode(store.bytes!);
    expect(saved).toContain('tom.becker@contoso.example');
    expect(saved).not.toContain('grace.liu@contoso.example');
  });

  it('a Graph caller that gives up gets its own abort, and the session is untouched', async () => {
    const { auth } = harness(demo, { secretStore: createRecordingSecretStore(true), browser: scriptedBrowser(demo.browser()) });
    await auth.signIn({ flow: 'browser' });
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(auth.getGraphToken(controller.signal));
    expect(error).not.toBeInstanceOf(AppFailure);
    expect((error as Error).name).toBe('AbortError');
    expect((await auth.status()).state).toBe('signed-in');
  });
});

describe('createDemoAuthService', () => {
  it('signs a chosen seeded technician in through the demo tenant, no real browser involved', async () => {
    const sessions: Session[] = [];
    const auth = createDemoAuthService(demo, {
      secretStore: createRecordingSecretStore(false),
      clock: systemClock,
      onSessionChanged: (session) => sessions.push(session),
      upn: 'grace.liu@contoso.example',
    });
    const session = await auth.signIn({ flow: 'browser' });
    expect(session.state === 'signed-in' && session.technician).toMatchObject({
      displayName: 'Grace Liu',
      capability: 'read-only',
    });
    expect(sessions.at(-1)).toEqual(session);
  });
});
