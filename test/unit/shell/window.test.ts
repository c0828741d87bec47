import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { createHandoffWindow, createMainWindow } = await import('../../../main/shell/window');

beforeEach(() => {
  electron.BrowserWindow.instances.length = 0;
});

function open(onBlur = vi.fn()) {
  const window = createMainWindow({ preload: '/out/preload/index.cjs', url: 'app://bundle/index.html', devTools: false, onBlur });
  return { window: window as unknown as electron.BrowserWindow, onBlur };
}

describe('createMainWindow', () => {
  it('creates one hidden window with the secure preferences and loads the bundle', () => {
    const { window } = open();
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: {
        preload: '/out/preload/index.cjs',
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webviewTag: false,
        devTools: false,
      },
    });
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://bundle/index.html');
  });

  it('shows the window only when it is ready to show', () => {
    const { window } = open();
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('tells the app when focus leaves: blur, minimise and hide', () => {
    const { window, onBlur } = open();
    window.emit('blur');
    window.emit('minimize');
    window.emit('hide');
    expect(onBlur).toHaveBeenCalledTimes(3);
  });
});

describe('createHandoffWindow', () => {
  it('sets content protection on the current window', () => {
    const { window } = open();
    const port = createHandoffWindow(() => window as never);
    port.setContentProtection(true);
    port.setContentProtection(false);
    expect(window.setContentProtection.mock.calls).toEqual([[true], [false]]);
  });

  it('claims content protection only on Windows and macOS', () => {
    const supported = (platform: NodeJS.Platform) =>
      createHandoffWindow(() => null, platform).contentProtectionSupported;
    expect(supported('win32')).toBe(true);
    expect(supported('darwin')).toBe(true);
    expect(supported('linux')).toBe(false);
  });

  it('remembers the request for a window created later', () => {
    let current: electron.BrowserWindow | null = null;
    const port = createHandoffWindow(() => current as never);
    port.setContentProtection(true);
    current = open().window;
    port.apply(current as never);
    expect(current.setContentProtection).toHaveBeenLastCalledWith(true);
  });
});
