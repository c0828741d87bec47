import { originOf } from './app-origin';
import { isAllowedExternalUrl } from './external-links';

/**
 * May the app's own window navigate to `url`? Only to a document of our own origin (a reload of
 * the bundle); everything else, including every scheme trick, is refused.
 *
 * @param appOrigin `app://bundle` in production, the Vite dev server origin in development.
 */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  const origin = originOf(url);
  return origin !== null && origin === appOrigin;
}

/** What to do with a navigation or `window.open` request from web content. */
export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/**
 * Decides a `will-navigate` / `will-frame-navigate` / `will-redirect`: our own origin stays,
 * an allow-listed help link goes to the system browser, anything else is dropped.
 */
export function decideNavigation(url: string, appOrigin: string): NavigationDecision {
  if (isAllowedNavigation(url, appOrigin)) return 'allow';
  return isAllowedExternalUrl(url) ? 'open-external' : 'deny';
}

/**
 * Decides a `window.open` (or `target=_blank` link): the app never opens a second window, so the
 * answer is never `allow`. An allow-listed help link is handed to the system browser.
 */
export function decideWindowOpen(url: string): Exclude<NavigationDecision, 'allow'> {
  return isAllowedExternalUrl(url) ? 'open-external' : 'deny';
}
