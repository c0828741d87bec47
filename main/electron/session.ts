/**
 * Session hardening: the deny-by-default permission table on every permission hook, no
 * downloads, and (development only) the CSP header on the dev server's responses.
 */
import type { Session } from 'electron';
import {
  createDevicePermissionHandler,
  createPermissionCheckHandler,
  createPermissionRequestHandler,
  type PermissionName,
} from '../security/permissions';

type RequestHandler = NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>;
type ElectronPermission = Parameters<RequestHandler>[1];

// Compile-time proof that the table names exactly Electron's permissions: an Electron upgrade
// that adds one fails the build until the table has a row (and a reason) for it.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const tableMatchesElectron: Same<ElectronPermission, PermissionName> = true;
void tableMatchesElectron;

export function installPermissionHandlers(session: Session): void {
  session.setPermissionRequestHandler(createPermissionRequestHandler());
  session.setPermissionCheckHandler(createPermissionCheckHandler());
  session.setDevicePermissionHandler(createDevicePermissionHandler());
  // `null` streams refuse getDisplayMedia: nothing in the page may capture the screen.
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // The app never downloads through the page; exports are written by main.
  session.on('will-download', (event) => event.preventDefault());
}

/**
 * Development only: the page comes from the Vite dev server, which sends no CSP, so add ours
 * (the development variant) to every response.
 */
export function installDevelopmentCsp(session: Session, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] },
    });
  });
}
