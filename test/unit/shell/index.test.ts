import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

let ready!: () => void;
electron.app.whenReady.mockReturnValue(new Promise<void>((resolve) => (ready = resolve)));

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('main/shell/index.ts (before ready)', () => {
  beforeAll(async () => {
    await import('../../../main/shell/index');
  });

  it('enables the sandbox for every renderer and registers app: before ready', () => {
    expect(electron.app.enableSandbox).toHaveBeenCalledOnce();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.session.defaultSession.setPermissionRequestHandler).not.toHaveBeenCalled();
  });

  it('takes the single-instance lock', () => {
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(electron.app.quit).not.toHaveBeenCalled();
  });
});

describe('main/shell/index.ts (after ready)', () => {
  beforeAll(async () => {
    ready();
    // The composition root reads its configuration before the window opens.
    for (let i = 0; i < 500 && electron.BrowserWindow.instances.length === 0; i += 1) await flush();
  });

  it('installs the permission handlers on the default session', () => {
    const ses = electron.session.defaultSession;
    expect(ses.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(ses.setPermissionCheckHandler).toHaveBeenCalledOnce();
    expect(ses.setDevicePermissionHandler).toHaveBeenCalledOnce();
    expect(ses.setDisplayMediaRequestHandler).toHaveBeenCalledOnce();
  });

  it('serves the bundle over app: with the production CSP', async () => {
    const handler = electron.protocol.handlers.get('app');
    expect(handler).toBeDefined();
    // No build in unit tests: a missing file is a 404, never a file from elsewhere.
    const response = await handler!(new Request('app://bundle/..%2f..%2fpackage.json'));
    expect(response.status).toBe(404);
  });

  it('opens one hidden, sandboxed window on the bundle with the preload', () => {
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    const window = electron.BrowserWindow.instances[0]!;
    expect(window.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true } });
    expect(String((window.options['webPreferences'] as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
  });

  it('answers app.info over IPC from the window, and forbids anyone else', async () => {
    const window = electron.BrowserWindow.instances[0]!;
    const handler = electron.ipcMain.handlers.get('tap-desk:app.info')!;
    await expect(handler({ senderFrame: window.webContents.mainFrame }, {})).resolves.toMatchObject({
      ok: true,
      value: { name: 'TAP Desk', version: '9.9.9' },
    });
    const stranger = new electron.FakeWebContents('https://evil.example/');
    await expect(handler({ senderFrame: stranger.mainFrame }, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('guards every new webContents', () => {
    const contents = new electron.FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const event = { url: 'file:///etc/passwd', isMainFrame: true, preventDefault: vi.fn() };
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('listens for screen lock and suspend, and for shutdown (Linux never reports a lock)', () => {
    expect(electron.powerMonitor.listenerCount('lock-screen')).toBe(1);
    expect(electron.powerMonitor.listenerCount('suspend')).toBe(1);
    expect(electron.powerMonitor.listenerCount('shutdown')).toBe(1);
  });

  it('replaces the default menu (no Edit/View roles outside macOS)', () => {
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledOnce();
    if (process.platform !== 'darwin') expect(electron.Menu.current).toBeNull();
  });

  it('starts normally without debugging switches', () => {
    expect(electron.app.exit).not.toHaveBeenCalled();
  });

  it('focuses the existing window when a second instance starts', () => {
    const window = electron.BrowserWindow.instances[0]!;
    electron.app.emit('second-instance');
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('holds quit until the app has cleaned up, then quits once', async () => {
    const first = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    await flush();
    expect(electron.app.quit).toHaveBeenCalledOnce();
    const second = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });
});
