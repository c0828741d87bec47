/**
 * The permission table: every permission Electron 45 can ask about, each with a decision and a
 * one-line reason. TAP Desk needs none of them, so every entry is denied, and anything not in
 * the table (a name a future Electron adds) is denied too.
 *
 * `main/electron/session.ts` checks at compile time that these names match Electron's own union.
 */
export const permissionNames = [
  'ar',
  'automatic-fullscreen',
  'background-fetch',
  'background-sync',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'geolocation-approximate',
  'hand-tracking',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'local-network',
  'local-network-access',
  'loopback-network',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'nfc',
  'notifications',
  'openExternal',
  'payment-handler',
  'periodic-background-sync',
  'persistent-storage',
  'pointerLock',
  'screen-wake-lock',
  'sensors',
  'serial',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'system-wake-lock',
  'top-level-storage-access',
  'usb',
  'vr',
  'web-app-installation',
  'web-printing',
  'window-management',
  'unknown',
] as const;

export type PermissionName = (typeof permissionNames)[number];

export interface PermissionRule {
  readonly allowed: boolean;
  readonly reason: string;
}

const hardware = 'The page never talks to devices; hardware access would widen what a compromised page can reach.';
const capture = 'A pass is on screen: nothing in the page may capture it.';

/** The table. Changing an entry to `allowed: true` needs a security review. */
export const permissionTable: Readonly<Record<PermissionName, PermissionRule>> = {
  ar: { allowed: false, reason: 'No augmented reality in a service-desk tool.' },
  'automatic-fullscreen': { allowed: false, reason: 'The page may not take over the screen.' },
  'background-fetch': { allowed: false, reason: 'The page has no network; main makes every request.' },
  'background-sync': { allowed: false, reason: 'The page has no network; main makes every request.' },
  'captured-surface-control': { allowed: false, reason: capture },
  'clipboard-read': { allowed: false, reason: 'Clipboard reads and writes happen in main only.' },
  'clipboard-sanitized-write': { allowed: false, reason: 'Main writes the clipboard so it can clear it.' },
  'deprecated-sync-clipboard-read': { allowed: false, reason: 'Clipboard reads happen in main only.' },
  'display-capture': { allowed: false, reason: capture },
  fileSystem: { allowed: false, reason: 'Files (audit export) are written by main.' },
  fullscreen: { allowed: false, reason: 'The page may not take over the screen.' },
  geolocation: { allowed: false, reason: 'Location is not needed to mint a pass.' },
  'geolocation-approximate': { allowed: false, reason: 'Location is not needed to mint a pass.' },
  'hand-tracking': { allowed: false, reason: 'No XR input in a service-desk tool.' },
  hid: { allowed: false, reason: hardware },
  'idle-detection': { allowed: false, reason: 'Main watches lock and suspend through powerMonitor.' },
  keyboardLock: { allowed: false, reason: 'The page may not capture system keys.' },
  'local-fonts': { allowed: false, reason: 'Fonts ship with the bundle; font lists fingerprint the machine.' },
  'local-network': { allowed: false, reason: 'The page has no network; main makes every request.' },
  'local-network-access': { allowed: false, reason: 'The page has no network; main makes every request.' },
  'loopback-network': { allowed: false, reason: 'The page has no network; main makes every request.' },
  media: { allowed: false, reason: 'No camera or microphone: identity is verified in person.' },
  mediaKeySystem: { allowed: false, reason: 'No protected media.' },
  midi: { allowed: false, reason: hardware },
  midiSysex: { allowed: false, reason: hardware },
  nfc: { allowed: false, reason: hardware },
  notifications: { allowed: false, reason: 'A notification could show user data outside the window.' },
  openExternal: { allowed: false, reason: 'External links go through main\'s allow-list, not the page.' },
  'payment-handler': { allowed: false, reason: 'No payments.' },
  'periodic-background-sync': { allowed: false, reason: 'The page has no network; main makes every request.' },
  'persistent-storage': { allowed: false, reason: 'Nothing is stored in the renderer.' },
  pointerLock: { allowed: false, reason: 'The page may not capture the pointer.' },
  'screen-wake-lock': { allowed: false, reason: 'The screen should lock normally; a lock hides the pass.' },
  sensors: { allowed: false, reason: hardware },
  serial: { allowed: false, reason: hardware },
  'smart-card': { allowed: false, reason: hardware },
  'speaker-selection': { allowed: false, reason: 'No audio output.' },
  'storage-access': { allowed: false, reason: 'No third-party content to share storage with.' },
  'system-wake-lock': { allowed: false, reason: 'The machine should sleep normally.' },
  'top-level-storage-access': { allowed: false, reason: 'No third-party content to share storage with.' },
  usb: { allowed: false, reason: hardware },
  vr: { allowed: false, reason: 'No virtual reality in a service-desk tool.' },
  'web-app-installation': { allowed: false, reason: 'The app is installed by admins, not by the page.' },
  'web-printing': { allowed: false, reason: 'A printed pass would outlive the handoff.' },
  'window-management': { allowed: false, reason: 'The page may not place windows on other screens.' },
  unknown: { allowed: false, reason: 'Unknown permissions are denied.' },
};

/** The one decision both handlers share: allowed only if listed and marked allowed. */
export function isPermissionAllowed(permission: string): boolean {
  if (!Object.hasOwn(permissionTable, permission)) return false;
  return permissionTable[permission as PermissionName].allowed;
}

/** For `session.setPermissionRequestHandler`: answers through the callback, never throws. */
export function createPermissionRequestHandler(): (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void {
  return (_webContents, permission, callback) => callback(isPermissionAllowed(permission));
}

/** For `session.setPermissionCheckHandler`: the synchronous check web APIs make first. */
export function createPermissionCheckHandler(): (webContents: unknown, permission: string) => boolean {
  return (_webContents, permission) => isPermissionAllowed(permission);
}

/** For `session.setDevicePermissionHandler`: no HID, serial or USB device is ever granted. */
export function createDevicePermissionHandler(): (details: unknown) => boolean {
  return () => false;
}
