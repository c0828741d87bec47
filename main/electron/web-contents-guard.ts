/**
 * Applied to every webContents the app creates (`web-contents-created`): the page never
 * navigates away from the bundle, never opens a window, never attaches a webview. Allow-listed
 * help links go to the system browser instead.
 */
import type { WebContents } from 'electron';
import { decideNavigation, decideWindowOpen, isAllowedNavigation } from '../security/navigation';

export interface GuardOptions {
  readonly appOrigin: string;
  /** Opens an allow-listed link in the system browser. */
  readonly openExternal: (url: string) => Promise<void>;
  readonly onDenied?: (kind: string, url: string) => void;
}

function logDenied(kind: string, url: string): void {
  // Only the scheme and host: a URL's path or query could carry user data.
  let where = 'an unparsable URL';
  try {
    const parsed = new URL(url);
    where = `${parsed.protocol}//${parsed.host}`;
  } catch {
    // keep the placeholder
  }
  console.warn(`[guard] denied ${kind} to ${where}`);
}

export function guardWebContents(contents: WebContents, options: GuardOptions): void {
  const { appOrigin, openExternal } = options;
  const denied = options.onDenied ?? logDenied;
  const openOutside = (url: string): void => {
    openExternal(url).catch(() => denied('open-external', url));
  };

  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url, appOrigin);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openOutside(event.url);
    else denied('navigation', event.url);
  });
  // Subframes (there should be none: CSP blocks frames) may not navigate anywhere but our
  // origin. The main frame is decided by will-navigate above, so it is not handled twice.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || isAllowedNavigation(event.url, appOrigin)) return;
    event.preventDefault();
    denied('frame navigation', event.url);
  });
  // A redirect is never a reason to leave the bundle, not even to a help link.
  contents.on('will-redirect', (event) => {
    if (isAllowedNavigation(event.url, appOrigin)) return;
    event.preventDefault();
    denied('redirect', event.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url) === 'open-external') openOutside(url);
    else denied('window.open', url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    denied('webview', 'about:blank');
  });
}
