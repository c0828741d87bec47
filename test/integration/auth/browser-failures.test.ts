import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../../fakes/manual-clock';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import type { Browser } from '../../../main/kernel/ports';
import { createNodeHttp } from '../../../main/net/fetch-http';
import { closedPort } from '../../unit/net/loopback-servers';
import { createRecordingSecretStore } from '../../unit/auth/fake-secret-store';
import { harness, loopbackIsClosed, rejectionOf, scriptedBrowser } from './auth-fixture';

let demo: DemoTenant;
beforeAll(async () => {
  demo = await startDemoTenant();
});
afterAll(async () => {
  await demo.stop();
});

const TIMEOUT_MS = 180_000;

/** Plays `inner`, then lets the (manual) sign-in clock run out, as a technician who walked away. */
function thenTimeRunsOut(inner: Browser, clock: ReturnType<typeof createManualClock>): Browser {
  return {
    async open(url) {
      await inner.open(url);
      clock.advance(TIMEOUT_MS);
    },
  };
}

describe('browser sign-in that does not complete', () => {
  it('cancelled on the sign-in page: a clear error, the loopback closed, and the next sign-in works', async () => {
    const browser = scriptedBrowser(demo.browser({ action: 'cancel' }));
    const { auth, sessions } = harness(demo, { secretStore: createRecordingSecretStore(true), browser });

    const failure = await rejectionOf(auth.signIn({ flow: 'browser' }));
    expect(failure.code).toBe('sign-in-cancelled');
    expect(failure.message).toContain('AADSTS65004');
    expect(sessions.map((s) => s.state)).toEqual(['signing-in', 'signed-out']);
    expect(await loopbackIsClosed(browser.lastLoopbackPort())).toBe(true);

    browser.use(demo.browser());
    expect((await auth.signIn({ flow: 'browser' })).state).toBe('signed-in');
  });

  it('browser closed (nothing comes back): times out instead of hanging, and the next sign-in works', async () => {
    const clock = createManualClock();
    const browser = scriptedBrowser(thenTimeRunsOut(demo.browser({ action: 'ignore' }), clock));
    const { auth, sessions } = harness(demo, {
      secretStore: createRecordingSecretStore(true),
      browser,
      clock,
      signInTimeoutMs: TIMEOUT_MS,
    });

    const failure = await rejectionOf(auth.signIn({ flow: 'browser' }));
    expect(failure.code).toBe('sign-in-timeout');
    expect(failure.message).toMatch(/did not complete within 180 seconds/);
    expect(sessions.at(-1)).toEqual({ state: 'signed-out' });
    expect(await loopbackIsClosed(browser.lastLoopbackPort())).toBe(true);

    browser.use(demo.browser());
    expect((await auth.signIn({ flow: 'browser' })).state).toBe('signed-in');
  });

  it('a reply with the wrong state is refused by the loopback and ends in a timeout, not a hang', async () => {
    const clock = createManualClock();
    const wrongState = demo.browser({ action: 'wrong-state' });
    const browser = scriptedBrowser(thenTimeRunsOut(wrongState, clock));
    const { auth } = harness(demo, { secretStore: createRecordingSecretStore(true), browser, clock, signInTimeoutMs: TIMEOUT_MS });

    const failure = await rejectionOf(auth.signIn({ flow: 'browser' }));
    expect(wrongState.visits[0]?.loopbackStatus).toBe(400);
    expect(failure.code).toBe('sign-in-timeout');
    expect(await loopbackIsClosed(browser.lastLoopbackPort())).toBe(true);

    browser.use(demo.browser());
    expect((await auth.signIn({ flow: 'browser' })).state).toBe('signed-in');
  });

  it('cancel from TAP Desk ends a waiting sign-in at once', async () => {
    let opened: () => void = () => undefined;
    const waiting = new Promise<void>((resolve) => (opened = resolve));
    const browser = scriptedBrowser({
      open: async () => {
        opened();
      },
    });
    const { auth } = harness(demo, { secretStore: createRecordingSecretStore(true), browser });

    const pending = auth.signIn({ flow: 'browser' });
    await waiting;
    expect(await auth.status()).toEqual({ state: 'signing-in' });
    expect(await auth.cancel()).toEqual({ state: 'signed-out' });
    expect((await rejectionOf(pending)).code).toBe('sign-in-cancelled');
    expect(await loopbackIsClosed(browser.lastLoopbackPort())).toBe(true);
  });

  it('a browser that never returns from opening still times out and frees the loopback', async () => {
    const clock = createManualClock();
    let opened: () => void = () => undefined;
    const waiting = new Promise<void>((resolve) => (opened = resolve));
    const browser = scriptedBrowser({
      open: () => {
        opened();
        return new Promise<void>(() => undefined);
      },
    });
    const { auth } = harness(demo, { secretStore: createRecordingSecretStore(true), browser, clock, signInTimeoutMs: TIMEOUT_MS });
    const pending = auth.signIn({ flow: 'browser' });
    await waiting;
    clock.advance(TIMEOUT_MS);
    expect((await rejectionOf(pending)).code).toBe('sign-in-timeout');
    expect(await loopbackIsClosed(browser.lastLoopbackPort())).toBe(true);
  });

  it('refuses a second sign-in while one is in progress', async () => {
    let opened: () => void = () => undefined;
    const waiting = new Promise<void>((resolve) => (opened = resolve));
    const { auth } = harness(demo, {
      secretStore: createRecordingSecretStore(true),
      browser: { open: async () => opened() },
    });
    const first = auth.signIn({ flow: 'browser' });
    await waiting;
    expect((await rejectionOf(auth.signIn({ flow: 'browser' }))).code).toBe('conflict');
    await auth.cancel();
    await rejectionOf(first);
  });
});

describe('sign-in when the network is in the way', () => {
  it('names the sign-in host when nothing answers there', async () => {
    const port = await closedPort();
    const { auth } = harness(
      { ...demo, authority: `https://127.0.0.1:${port}/${demo.tenantId}` },
      { secretStore: createRecordingSecretStore(true), browser: scriptedBrowser(demo.browser()) },
    );
    const failure = await rejectionOf(auth.signIn({ flow: 'browser' }));
    expect(failure.code).toBe('offline');
    expect(failure.message).toContain(`127.0.0.1:${port}`);
    expect(failure.message).toMatch(/refused/);
  });

  it('says the certificate is not trusted when the TLS root is missing', async () => {
    const { auth } = harness(demo, {
      secretStore: createRecordingSecretStore(true),
      browser: scriptedBrowser(demo.browser()),
      // The process's own trust store, without the demo CA: as a PC missing the inspection root.
      http: createNodeHttp(),
    });
    const failure = await rejectionOf(auth.signIn({ flow: 'browser' }));
    expect(failure.code).toBe('tls');
    expect(failure.message).toContain(demo.knownAuthority);
  });
});
