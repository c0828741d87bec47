/**
 * The real Electron shell, driven by Playwright's `_electron`. Runs only where an Electron
 * binary exists (it is downloaded from outside the npm registry); elsewhere every test is
 * skipped and the reason printed. The lookup never downloads anything.
 */
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { launchDesk, scratchUserData, skipReason } from './support';


type BridgeWindow = { tapDesk: Record<string, unknown> & { invoke(c: string, a: unknown): Promise<unknown> } };

test.describe('Electron shell', () => {
  test.skip(skipReason !== '', skipReason);

  let app: ElectronApplication;
  let page: Page;
  let userData: Awaited<ReturnType<typeof scratchUserData>> | undefined;

  test.beforeAll(async () => {
    if (skipReason !== '') return;
    userData = await scratchUserData();
    ({ app, page } = await launchDesk(userData.path));
  });

  test.afterAll(async () => {
    await app?.close();
    await userData?.remove();
  });

  test('loads the bundle from app://bundle', async () => {
    expect(page.url()).toBe('app://bundle/index.html');
  });

  test('exposes exactly invoke and on, and no Node', async () => {
    const shape = await page.evaluate(() => ({
      keys: Object.keys((window as unknown as BridgeWindow).tapDesk).sort(),
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(shape).toEqual({ keys: ['invoke', 'on'], require: 'undefined', process: 'undefined' });
  });

  test('answers app.info over the bridge', async () => {
    const reply = await page.evaluate(() => (window as unknown as BridgeWindow).tapDesk.invoke('app.info', {}));
    expect(reply).toMatchObject({ ok: true, value: { name: 'TAP Desk' } });
  });

  test('shows one window once it is ready, without content protection until a pass is shown', async () => {
    const state = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => ({
        visible: window.isVisible(),
        protected: window.isContentProtected(),
      })),
    );
    expect(state).toEqual([{ visible: true, protected: false }]);
  });

  test('blocks an injected inline script (CSP)', async () => {
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      return (window as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
  });

  test('denies window.open and navigation away', async () => {
    const opened = await page.evaluate(() => window.open('https://evil.example/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
    await page.evaluate(() => {
      location.href = 'file:///etc/passwd';
    });
    // A refused navigation leaves no event to wait for; give one a moment to (not) happen.
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://bundle/index.html');
  });

  test('denies permissions', async () => {
    const state = await page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state);
    expect(state).toBe('denied');
  });
});
