/**
 * The `webPreferences` of the one window. A plain object with literal types, so a test can
 * assert each value and `main/window.ts` checks at compile time that it fits Electron's type.
 */
export interface SecureWebPreferences {
  readonly preload: string;
  readonly sandbox: true;
  readonly contextIsolation: true;
  readonly nodeIntegration: false;
  readonly nodeIntegrationInWorker: false;
  readonly nodeIntegrationInSubFrames: false;
  readonly webviewTag: false;
  readonly webSecurity: true;
  readonly allowRunningInsecureContent: false;
  readonly experimentalFeatures: false;
  readonly enableWebSQL: false;
  readonly plugins: false;
  readonly navigateOnDragDrop: false;
  readonly safeDialogs: true;
  readonly spellcheck: false;
  readonly disableBlinkFeatures: 'Auxclick';
  readonly devTools: boolean;
}

export interface WebPreferencesOptions {
  /** Absolute path of the bundled preload (`out/preload/index.cjs`). */
  readonly preload: string;
  /** DevTools only in unpackaged builds: in the field they would expose the pass. */
  readonly devTools: boolean;
}

export function createWebPreferences(options: WebPreferencesOptions): SecureWebPreferences {
  return {
    preload: options.preload,
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
    // Dropping a file on the window would navigate to it.
    navigateOnDragDrop: false,
    safeDialogs: true,
    // The spellchecker sends typed words (user names, tickets) to a dictionary service.
    spellcheck: false,
    // Middle-click would open links in a new window, around setWindowOpenHandler's intent.
    disableBlinkFeatures: 'Auxclick',
    devTools: options.devTools,
  };
}
