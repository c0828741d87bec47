/**
 * The customer display in Electron: a frameless, content-protected window on the second
 * display, created for one pass and destroyed when it goes (the strongest wipe: the page, its
 * DOM and its process memory go with it). It is never focusable, so the person touching it does
 * not take focus from the technician's window; it loads its own small page
 * (renderer/customer-display.html) and no desk code. Main sends it the pass as an event; its
 * page can invoke nothing, because main/shell/ipc.ts answers only the technician's window.
 */
import { BrowserWindow, screen, type Display } from 'electron';
import type { CustomerPassView } from '../../preload/contract';
import type { CustomerScreen } from '../customer-display/customer-screen';
import { pickCustomerDisplay } from '../customer-display/pick-display';
import { eventChannel } from '../shell/ipc';
import { supportsContentProtection } from '../security/content-protection';

export interface CustomerWindowOptions {
  readonly preload: string;
  /** The customer page (`app://bundle/customer-display.html`). */
  readonly url: string;
  /** The technician's window, to tell its display from the customer's. */
  readonly deskWindow: () => BrowserWindow | null;
  /** The window closed or its display went away while it showed a pass. */
  readonly onLost: () => void;
  readonly platform?: NodeJS.Platform;
}

export function createCustomerWindowScreen(options: CustomerWindowOptions): CustomerScreen {
  let window: BrowserWindow | null = null;
  let showing: { readonly handoffId: string; readonly displayId: number } | null = null;
  // Held only until the page has loaded and been sent it; never captured by a listener.
  let pending: CustomerPassView | null = null;

  const customerDisplay = (): Display | null => {
    const desk = options.deskWindow();
    const deskId =
      desk !== null && !desk.isDestroyed()
        ? screen.getDisplayMatching(desk.getBounds()).id
        : screen.getPrimaryDisplay().id;
    return pickCustomerDisplay(screen.getAllDisplays(), deskId);
  };

  const destroy = (): void => {
    const current = window;
    window = null;
    if (current !== null && !current.isDestroyed()) current.destroy();
  };

  // Destroyed at once: the OS would move a window off an unplugged display onto the desk's.
  const lose = (): void => {
    if (showing === null) return;
    showing = null;
    pending = null;
    destroy();
    options.onLost();
  };

  screen.on('display-removed', (_event, removed) => {
    if (showing?.displayId === removed.id) lose();
  });

  return {
    contentProtectionSupported: supportsContentProtection(options.platform ?? process.platform),
    attached: () => customerDisplay() !== null,
    show(view) {
      const display = customerDisplay();
      if (display === null) return false;
      destroy();
      const created = createCustomerWindow(options.preload, display);
      window = created;
      showing = { handoffId: view.handoffId, displayId: display.id };
      pending = view;
      created.webContents.once('did-finish-load', () => {
        if (pending === null || window !== created || created.isDestroyed()) return;
        created.webContents.send(eventChannel, 'customerDisplay.show', pending);
        pending = null;
        created.showInactive();
      });
      created.on('closed', () => {
        if (window === created) {
          window = null;
          lose();
        }
      });
      void created.loadURL(options.url);
      return true;
    },
    wipe(handoffId) {
      if (showing?.handoffId !== handoffId) return;
      showing = null;
      pending = null;
      const current = window;
      if (current !== null && !current.isDestroyed()) {
        current.webContents.send(eventChannel, 'customerDisplay.wipe', { handoffId });
      }
      destroy();
    },
  };
}

/** The window itself: frameless, unfocusable, kept out of capture, covering the display. */
function createCustomerWindow(preload: string, display: Display): BrowserWindow {
  const { x, y, width, height } = display.bounds;
  const window = new BrowserWindow({
    title: 'TAP Desk: your pass',
    x,
    y,
    width,
    height,
    frame: false,
    focusable: false,
    skipTaskbar: true,
    alwaysOnTop: true,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    show: false,
    backgroundColor: '#000000',
    // The same literal as main/shell/window.ts: the customer page is as untrusted as the desk's.
    webPreferences: {
      preload, // eng-disable PRELOAD_JS_CHECK
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
      // Never DevTools: they would expose the pass to whoever stands at the customer's side.
      devTools: false,
    },
  });
  // Before anything is drawn: always protected, whatever the desk's capture policy.
  window.setContentProtection(true);
  return window;
}
