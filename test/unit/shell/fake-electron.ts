/**
 * A hand-written stand-in for the `electron` module, loaded with
 * `vi.mock('electron', () => import('./fake-electron'))`. Records what the shell registers so
 * tests can drive it: ipcMain handlers, window options, protocol handlers, session hooks.
 * Each test file gets its own instance (Vitest isolates module graphs per file).
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle: vi.fn((channel: string, handler: Handler) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
};

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
});

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

/** A frame as WebFrameMain presents it. */
export interface FakeFrame {
  url: string;
  origin: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

export class FakeWebContents extends EventEmitter {
  static nextProcessId = 100;
  readonly mainFrame: FakeFrame;
  readonly send = vi.fn();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  destroyed = false;
  constructor(url = 'app://bundle/index.html') {
    super();
    this.mainFrame = { url, origin: 'app://bundle', parent: null, processId: FakeWebContents.nextProcessId++, routingId: 1 };
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  /** What `getFocusedWindow` answers; tests set it. */
  static focused: BrowserWindow | null = null;
  static getFocusedWindow = vi.fn(() => BrowserWindow.focused);
  readonly webContents = new FakeWebContents();
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly setContentProtection = vi.fn();
  readonly showInactive = vi.fn();
  readonly getBounds = vi.fn(() => ({ x: 0, y: 0, width: 1100, height: 760 }));
  destroyed = false;
  /** As Electron's: gone at once, and 'closed' follows. */
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  });
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
}

export function createFakeSession() {
  return Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  });
}

export const session = { defaultSession: createFakeSession() };

export const protocol = {
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
    protocol.handlers.set(scheme, handler);
  }),
};

export const app = Object.assign(new EventEmitter(), {
  isPackaged: true,
  ready: false,
  enableSandbox: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  /** Switches Chromium parsed; tests add to `switches`. */
  commandLine: {
    switches: new Set<string>(),
    hasSwitch: vi.fn((name: string) => app.commandLine.switches.has(name)),
  },
  getVersion: vi.fn(() => '9.9.9'),
  getPath: vi.fn((_name: string) => '/tmp/tap-desk-fake-user-data'),
  whenReady: vi.fn(() => Promise.resolve()),
});

export const powerMonitor = new EventEmitter();

/** The displays attached; tests set `displays` and emit 'display-removed'. */
interface FakeDisplay {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}
export const screen = Object.assign(new EventEmitter(), {
  displays: [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }] as FakeDisplay[],
  getAllDisplays: vi.fn(() => screen.displays),
  getPrimaryDisplay: vi.fn(() => screen.displays[0]),
  /** The desk window is on the first display unless a test says otherwise. */
  getDisplayMatching: vi.fn((_bounds: unknown) => screen.displays[0]),
});

/** `showSaveDialog` answers `saveAnswer`, with or without a parent window as Electron does. */
export const dialog = {
  showErrorBox: vi.fn(),
  saveAnswer: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
  showSaveDialog: vi.fn(async (..._args: unknown[]) => dialog.saveAnswer),
};

/** The application menu as set: null (no menu) or what buildFromTemplate made of a template. */
export const Menu = {
  current: undefined as unknown,
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn((menu: unknown) => {
    Menu.current = menu;
  }),
};

/** Reversible, visibly different "encryption" so tests can tell sealed bytes from plain ones. */
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as string,
  reEncrypt: false,
  isEncryptionAvailable: vi.fn(() => safeStorage.available),
  getSelectedStorageBackend: vi.fn(() => safeStorage.backend),
  encryptStringAsync: vi.fn(async (plain: string) => Buffer.from(`sealed:${Buffer.from(plain).toString('hex')}`)),
  decryptStringAsync: vi.fn(async (sealed: Buffer) => {
    const text = sealed.toString();
    if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided');
    return { result: Buffer.from(text.slice('sealed:'.length), 'hex').toString(), shouldReEncrypt: safeStorage.reEncrypt };
  }),
};

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

/** Electron's ClipboardItem: MIME type (or custom format) → payload. */
export class ClipboardItem {
  constructor(readonly items: Record<string, string | Blob>) {}
  get types(): string[] {
    return Object.keys(this.items);
  }
}

export const clipboard = {
  text: '',
  /** Every item of the last `write()`, as Electron received it. */
  written: [] as ClipboardItem[],
  readText: vi.fn(async () => clipboard.text),
  writeText: vi.fn(async (text: string) => {
    clipboard.text = text;
  }),
  write: vi.fn(async (items: ClipboardItem[]) => {
    clipboard.written = items;
    const plain = items[0]?.items['text/plain'];
    clipboard.text = typeof plain === 'string' ? plain : '';
  }),
  clear: vi.fn(() => {
    clipboard.text = '';
    clipboard.written = [];
  }),
};

export const net = { fetch: vi.fn(async (_input: string, _init?: RequestInit) => new Response('ok')) };
