import { describe, expect, it } from 'vitest';
import { createWebPreferences } from '../../../main/security/web-preferences';

describe('createWebPreferences', () => {
  it('isolates and sandboxes the page and gives it no Node', () => {
    expect(createWebPreferences({ preload: '/app/out/preload/index.cjs', devTools: false })).toEqual({
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
    const dev = createWebPreferences({ preload: '/p', devTools: true });
    expect(dev.devTools).toBe(true);
    expect(dev).not.toHaveProperty('enableBlinkFeatures');
    expect(dev).not.toHaveProperty('additionalArguments');
  });
});
