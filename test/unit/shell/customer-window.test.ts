/**
 * The customer display's Electron adapter over the faked `electron` module: a frameless,
 * unfocusable, content-protected window on the second display, sent the pass once its page has
 * loaded, and destroyed on wipe; losing it (closed, display unplugged) is reported.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerPassView } from '../../../preload/contract';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { createCustomerWindowScreen } = await import('../../../main/electron/customer-window');

const view: CustomerPassView = {
  handoffId: '0b6f1c1e-0000-4000-8000-000000000001',
  pass: 'Hx7+q2Lm!9Zo',
  userPrincipalName: 'adele@contoso.test',
  hideAt: '2026-11-26T09:02:00.000Z',
  showQr: true,
  demo: false,
};
const desk = new electron.BrowserWindow({});
const secondDisplay = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 1024 } };

function setup() {
  const onLost = vi.fn();
  const screen = createCustomerWindowScreen({
    preload: '/app/out/preload/index.cjs',
    url: 'app://bundle/customer-display.html',
    deskWindow: () => desk as never,
    onLost,
    platform: 'win32',
  });
  return { screen, onLost, window: () => electron.BrowserWindow.instances.at(-1)! };
}

beforeEach(() => {
  electron.BrowserWindow.instances.length = 0;
  electron.screen.removeAllListeners();
  electron.screen.displays = [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }, secondDisplay];
});

describe('createCustomerWindowScreen', () => {
  it('is not attached with one display, and shows nothing there', () => {
    electron.screen.displays = [electron.screen.displays[0]!];
    const { screen } = setup();
    expect(screen.attached()).toBe(false);
    expect(screen.show(view)).toBe(false);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('opens a frameless, unfocusable, protected window covering the second display', () => {
    const { screen, window } = setup();
    expect(screen.attached()).toBe(true);
    expect(screen.contentProtectionSupported).toBe(true);
    expect(screen.show(view)).toBe(true);
    const created = window();
    expect(created.options).toMatchObject({
      frame: false,
      focusable: false,
      skipTaskbar: true,
      show: false,
      x: 1920,
      y: 0,
      width: 1280,
      height: 1024,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false },
    });
    expect(created.setContentProtection).toHaveBeenCalledWith(true);
    expect(created.loadURL).toHaveBeenCalledWith('app://bundle/customer-display.html');
    // Nothing is sent, and nothing shown, before the page has loaded.
    expect(created.webContents.send).not.toHaveBeenCalled();
    expect(created.showInactive).not.toHaveBeenCalled();
  });

  it('sends the pass once the page has loaded, then shows the window without taking focus', () => {
    const { screen, window } = setup();
    screen.show(view);
    window().webContents.emit('did-finish-load');
    expect(window().webContents.send).toHaveBeenCalledExactlyOnceWith('tap-desk:event', 'customerDisplay.show', view);
    expect(window().showInactive).toHaveBeenCalledOnce();
  });

  it('a wipe before the page loaded means the pass is never sent', () => {
    const { screen, window } = setup();
    screen.show(view);
    const created = window();
    screen.wipe(view.handoffId);
    created.webContents.emit('did-finish-load');
    expect(created.webContents.send).not.toHaveBeenCalledWith('tap-desk:event', 'customerDisplay.show', view);
    expect(created.destroy).toHaveBeenCalledOnce();
  });

  it('a wipe tells the page and destroys the window; it is not reported as lost', () => {
    const { screen, window, onLost } = setup();
    screen.show(view);
    const created = window();
    created.webContents.emit('did-finish-load');
    screen.wipe(view.handoffId);
    expect(created.webContents.send).toHaveBeenLastCalledWith('tap-desk:event', 'customerDisplay.wipe', {
      handoffId: view.handoffId,
    });
    expect(created.destroy).toHaveBeenCalledOnce();
    expect(onLost).not.toHaveBeenCalled();
    screen.wipe(view.handoffId);
    expect(created.destroy).toHaveBeenCalledOnce();
  });

  it('reports the display lost when its window is closed while it shows a pass', () => {
    const { screen, window, onLost } = setup();
    screen.show(view);
    window().emit('closed');
    expect(onLost).toHaveBeenCalledOnce();
  });

  it('destroys the window and reports the display lost when it is unplugged, not for another display', () => {
    const { screen, onLost, window } = setup();
    screen.show(view);
    electron.screen.emit('display-removed', {}, { id: 7 });
    expect(onLost).not.toHaveBeenCalled();
    electron.screen.emit('display-removed', {}, secondDisplay);
    // The OS would move it onto the desk's display: it must be gone first.
    expect(window().destroy).toHaveBeenCalledOnce();
    expect(onLost).toHaveBeenCalledOnce();
  });

  it('claims no capture protection on Linux', () => {
    const screen = createCustomerWindowScreen({
      preload: '/p.cjs',
      url: 'app://bundle/customer-display.html',
      deskWindow: () => null,
      onLost: vi.fn(),
      platform: 'linux',
    });
    expect(screen.contentProtectionSupported).toBe(false);
  });
});
