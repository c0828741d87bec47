/**
 * Where `BrowserWindow.setContentProtection` does anything. Electron documents it for Windows
 * (`SetWindowDisplayAffinity`) and macOS (`NSWindowSharingNone`) only; on Linux the call is
 * accepted and does nothing, so the app must not tell the technician the pass is protected.
 */
export function supportsContentProtection(platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin';
}
