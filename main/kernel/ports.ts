import type { CustomerScreen } from '../customer-display/customer-screen';

/**
 * The outside world as small interfaces, so every use case runs under plain Node. Electron
 * adapters live in main/electron/; Node ones beside what uses them (`systemClock` below,
 * main/net/fetch-http.ts) and test ones in test/fakes/.
 */

export interface Clock {
  now(): number;
  /** Returns a cancel function. Tests drive time through a controllable clock. */
  setTimeout(callback: () => void, ms: number): () => void;
}

/** Bytes of the token cache, encrypted by the OS where it can. */
export interface SecretStore {
  /** `false` where the OS offers no real encryption (Linux `basic_text`): keep secrets in memory. */
  readonly encrypted: boolean;
  load(): Promise<Uint8Array | null>;
  save(bytes: Uint8Array): Promise<void>;
  clear(): Promise<void>;
}

/** Asynchronous, as Electron 45's clipboard is. */
export interface Clipboard {
  readText(): Promise<string>;
  /**
   * Writes `text` as plain text, marked as a secret where the OS has a way to say so (clipboard
   * history, cloud sync and clipboard managers then skip it).
   */
  writeSecret(text: string): Promise<void>;
  clear(): void;
}

/** Opens a sign-in URL in the system browser. */
export interface Browser {
  open(url: string): Promise<void>;
}

/** Every HTTP request the app makes: `net.fetch` in Electron, global fetch under Node. */
export interface Http {
  fetch(input: string | URL, init?: RequestInit): Promise<Response>;
}

/** The window the pass is shown in: content protection and focus signals. */
export interface HandoffWindow {
  /** False where the OS offers no capture protection (Linux, a browser): never claim it there. */
  readonly contentProtectionSupported: boolean;
  setContentProtection(enabled: boolean): void;
}

/** Where the technician wants an export: a path, a browser download, or nothing (cancelled). */
export type SaveChoice =
  | { readonly kind: 'path'; readonly path: string }
  /** A browser page saves files itself: main hands it the content to download. */
  | { readonly kind: 'download' }
  | { readonly kind: 'cancelled' };

/** Asks where to save a file: the native save dialog in Electron. */
export interface SaveDialog {
  choose(request: { readonly title: string; readonly defaultName: string }): Promise<SaveChoice>;
}

export interface Paths {
  /** Per-user writable folder (Electron `userData`). */
  readonly userData: string;
  /** Default audit folder. */
  readonly audit: string;
}

export interface Ports {
  readonly clock: Clock;
  readonly secretStore: SecretStore;
  readonly clipboard: Clipboard;
  readonly browser: Browser;
  readonly http: Http;
  readonly window: HandoffWindow;
  /** The customer-facing second display (issue 19): `noCustomerScreen` where there is none. */
  readonly customerScreen: CustomerScreen;
  readonly paths: Paths;
  readonly saveDialog: SaveDialog;
  /** Opens an allow-listed help URL in the system browser. */
  openExternal(url: string): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};
