/**
 * What goes on the clipboard next to the pass's plain text, per platform, so clipboard history,
 * cloud sync and clipboard managers leave it alone. The markers are the ones password managers
 * use (KeePassXC, Bitwarden, 1Password), and the managers that honour them look for exactly
 * these names:
 * - Windows: `ExcludeClipboardContentFromMonitorProcessing` (any data) tells history, Cloud
 *   Clipboard and monitoring apps to skip the item; `CanIncludeInClipboardHistory` and
 *   `CanUploadToCloudClipboard` set to a DWORD 0 say the same to Win+V and cloud sync.
 * - macOS: `org.nspasteboard.ConcealedType` (nspasteboard.org) marks the item as a password.
 * - Linux: `x-kde-passwordManagerHint` = `secret` (Klipper, CopyQ, wl-clip-persist skip it).
 * Pure data, so a unit test can pin exactly what is written; main/electron/clipboard.ts turns it
 * into one atomic Electron clipboard write.
 */

/** Electron's name for a raw platform format in a ClipboardItem (and in `clipboard.has`). */
export const rawFormat = (name: string): string => `electron application/osclipboard;format="${name}"`;

/** One raw platform clipboard format and its bytes. */
export interface RawFormat {
  readonly format: string;
  readonly data: Uint8Array<ArrayBuffer>;
}

/** A little-endian DWORD 0: "no" for the Windows clipboard-history switches. */
const dwordZero = (): Uint8Array<ArrayBuffer> => new Uint8Array(4);

const ascii = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);

/** The markers to write with the pass on `platform` (a Node `process.platform` value). */
export function concealedFormats(platform: NodeJS.Platform): RawFormat[] {
  switch (platform) {
    case 'win32':
      return [
        { format: 'ExcludeClipboardContentFromMonitorProcessing', data: ascii('1') },
        { format: 'CanIncludeInClipboardHistory', data: dwordZero() },
        { format: 'CanUploadToCloudClipboard', data: dwordZero() },
      ];
    case 'darwin':
      return [{ format: 'org.nspasteboard.ConcealedType', data: ascii('') }];
    default:
      // X11 and Wayland selections are MIME-typed targets; the hint is one more target.
      return [{ format: 'x-kde-passwordManagerHint', data: ascii('secret') }];
  }
}
