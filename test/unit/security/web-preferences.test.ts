/**
 * The window's webPreferences, read from the BrowserWindow that main/shell/window.ts really creates:
 * every value, so the literal there cannot drift from what is proved here.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from '../shell/fake-electron';

vi.mock('electron', () => import('../shell/fake-electron'));

const { createMainWindow } = await import('../../../main/shell/window');

function preferencesOf(devTools: boolean): Record<string, unknown> {
  createMainWindow({ preload: '/app/out/preload/index.cjs', url: 'app://bundle/index.html', devTools, onBlur: vi.fn() });
  return electron.BrowserWindow.instances.at(-1)!.options['webPreferences'] as Record<string, unknown>;
}

beforeEach(() => {
  electron.BrowserWindow.instances.length = 0;
});

describe('the window webPreferences', () => {
  it('isolates and sandboxes the page and gives it no Node: every value, nothing else', () => {
    expect(preferencesOf(false)).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      plugins: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('passes the devTools choice through and nothing else', () => {
    const dev = preferencesOf(true);
    expect(dev['devTools']).toBe(true);
    expect(dev).not.toHaveProperty('enableBlinkFeatures');
    expect(dev).not.toHaveProperty('additionalArguments');
  });
});
