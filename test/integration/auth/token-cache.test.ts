import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { createRecordingSecretStore } from '../../unit/auth/fake-secret-store';
import { harness, noBrowser, rejectionOf, scriptedBrowser } from './auth-fixture';

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

function pastTokenExpiry(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 2 * 60 * 60 * 1000);
}

describe('the token cache over the SecretStore port', () => {
  it('is saved to the encrypted store and restores the session in a new app without a browser', async () => {
    const store = createRecordingSecretStore(true);
    const first = harness(demo, { secretStore: store, browser: scriptedBrowser(demo.browser()) });
    await first.auth.signIn({ flow: 'browser' });
    const token = await first.auth.getGraphToken();
    expect(first.auth.tokenCache).toBe('encrypted');
    // The cache (tokens included) went to the store, and only there: the store is the encryption boundary.
    const saved = new TextDecoder().decode(store.bytes!);
    expect(saved).toContain(token);
    expect(Object.keys(JSON.parse(saved) as object)).toEqual(
      expect.arrayContaining(['Account', 'AccessToken', 'RefreshToken', 'IdToken']),
    );

    // A new PublicClientApplication (app restart) with a browser that must not open.
    const restarted = harness(demo, { secretStore: store, browser: noBrowser });
    const session = await restarted.auth.status();
    expect(session.state).toBe('signed-in');
    expect(session.state === 'signed-in' && session.technician.userPrincipalName).toBe(demo.technicians[0]!.upn);
    expect(await restarted.auth.getGraphToken()).toBe(token);

    // And the refresh token it restored renews silently.
    pastTokenExpiry();
    const renewed = await restarted.auth.getGraphToken();
    expect(renewed).not.toBe(token);
    expect(restarted.http.grants).toEqual(['refresh_token']);
  });

  it('a corrupt saved cache means a fresh sign-in, not a crash', async () => {
    const store = createRecordingSecretStore(true, new TextEncoder().encode('{"Account": {"x": garbage'));
    const { auth } = harness(demo, { secretStore: store, browser: scriptedBrowser(demo.browser()) });
    expect(await auth.status()).toEqual({ state: 'signed-out' });
    expect(store.clears).toBe(1);
    expect((await rejectionOf(auth.getGraphToken())).code).toBe('not-signed-in');
    expect((await auth.signIn({ flow: 'browser' })).state).toBe('signed-in');
    expect(JSON.parse(new TextDecoder().decode(store.bytes!))).toHaveProperty('RefreshToken');
  });

  it('a cache the OS can no longer decrypt means a fresh sign-in', async () => {
    const store = createRecordingSecretStore(true, new TextEncoder().encode('{}'));
    store.failLoad = new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    const { auth } = harness(demo, { secretStore: store, browser: scriptedBrowser(demo.browser()) });
    expect(await auth.status()).toEqual({ state: 'signed-out' });
    delete store.failLoad;
    expect((await auth.signIn({ flow: 'browser' })).state).toBe('signed-in');
  });

  it('without OS encryption keeps the cache in memory only: nothing is written, renewal still works', async () => {
    const store = createRecordingSecretStore(false);
    const { auth, http } = harness(demo, { secretStore: store, browser: scriptedBrowser(demo.browser()) });
    expect(auth.tokenCache).toBe('memory-only');
    await auth.signIn({ flow: 'browser' });
    const token = await auth.getGraphToken();
    pastTokenExpiry();
    expect(await auth.getGraphToken()).not.toBe(token);
    expect(http.grants.at(-1)).toBe('refresh_token');
    expect(store.saves).toEqual([]);
    expect(store.loads).toBe(0);
    expect(store.bytes).toBeNull();

    // A restart starts signed out.
    const restarted = harness(demo, { secretStore: store, browser: noBrowser });
    expect(await restarted.auth.status()).toEqual({ state: 'signed-out' });
  });
});
