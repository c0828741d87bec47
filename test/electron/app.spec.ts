/**
 * The real Electron shell, driven by Playwright's `_electron`. Runs only where an Electron
 * binary exists (it is downloaded from outside the npm registry); elsewhere every test is
 * skipped and the reason printed. The lookup never downloads anything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const root = fileURLToPath(new URL('../../', import.meta.url));

function findElectron(): { path: string } | { reason: string } {
  const result = spawnSync(process.execPath, ['scripts/start.mjs', '--electron-path'], { cwd: root, encoding: 'utf8' });
  const line = result.stdout.trim();
  return result.status === 0 && line !== '' ? { path: line } : { reason: line || 'Electron binary lookup failed.' };
}

const electron = findElectron();
const skipReason = 'path' in electron ? '' : `Electron specs skipped: ${electron.reason}`;
if (skipReason !== '') console.log(skipReason);

type BridgeWindow = { tapDesk: Record<string, unknown> & { invoke(c: string, a: unknown): Promise<unknown> } };

test.describe('Electron shell', () => {
  test.skip(skipReason !== '', skipReason);

  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    if (!('path' in electron)) return;
    expect(existsSync(join(root, 'out/main/index.js')), 'run `npm run build` first').toBe(true);
    app = await _electron.launch({ executablePath: electron.path, args: [root], cwd: root });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
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
