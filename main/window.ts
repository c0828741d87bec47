/**
 * The one BrowserWindow. Hidden until the first paint, so the technician never sees an
 * unstyled frame; blur, minimise and hide tell the app so a pass on screen hides.
 */
import { BrowserWindow, type WebPreferences } from 'electron';
import type { HandoffWindow } from './ports';
import { supportsContentProtection } from './security/content-protection';
import { createWebPreferences, type SecureWebPreferences } from './security/web-preferences';

export interface MainWindowOptions {
  readonly preload: string;
  readonly url: string;
  readonly devTools: boolean;
  /** Focus left the window (blur or minimise). */
  readonly onBlur: () => void;
}

// Compile-time proof that our preferences object is a valid Electron `WebPreferences`.
const fits: (p: SecureWebPreferences) => WebPreferences = (p) => p;

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'TAP Desk',
    width: 1100,
    height: 760,
    minWidth: 720,
    minHeight: 520,
    show: false,
    webPreferences: fits(createWebPreferences({ preload: options.preload, devTools: options.devTools })),
  });
  window.once('ready-to-show', () => window.show());
  window.on('blur', options.onBlur);
  window.on('minimize', options.onBlur);
  window.on('hide', options.onBlur);
  void window.loadURL(options.url);
  return window;
}

/**
 * The HandoffWindow port over whichever window exists. It remembers the last request, so a
 * window created later (or re-created) starts with the same protection.
 */
export function createHandoffWindow(
  current: () => BrowserWindow | null,
  platform: NodeJS.Platform = process.platform,
): HandoffWindow & {
  /** Applies the remembered state to a newly created window. */
  apply(window: BrowserWindow): void;
} {
  let protectedNow = false;
  return {
    contentProtectionSupported: supportsContentProtection(platform),
    setContentProtection(enabled) {
      protectedNow = enabled;
      const window = current();
      if (window !== null && !window.isDestroyed()) window.setContentProtection(enabled);
    },
    apply(window) {
      window.setContentProtection(protectedNow);
    },
  };
}
