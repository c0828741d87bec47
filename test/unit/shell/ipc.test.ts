import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../main/wiring/handlers';
import type { IpcOptions } from '../../../main/shell/ipc';
import { commandNames, type Command } from '../../../preload/contract';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { createIpcEventSink, registerIpc, commandChannelPrefix, eventChannel } = await import('../../../main/shell/ipc');
type OnRejected = NonNullable<IpcOptions['onRejected']>;

function spyHandlers() {
  const spies = Object.fromEntries(
    commandNames.map((command) => [command, vi.fn(async () => ({ from: command }))]),
  ) as Record<Command, ReturnType<typeof vi.fn>>;
  return { spies, handlers: spies as unknown as Handlers };
}

const window = new electron.BrowserWindow({});
const mainFrame = window.webContents.mainFrame;

function invoke(command: string, senderFrame: electron.FakeFrame | null, args: unknown): Promise<unknown> {
  const handler = electron.ipcMain.handlers.get(commandChannelPrefix + command);
  if (handler === undefined) throw new Error(`no handler for ${command}`);
  return Promise.resolve(handler({ senderFrame, sender: window.webContents }, args));
}

let spies: Record<Command, ReturnType<typeof vi.fn>>;
let rejected: ReturnType<typeof vi.fn<OnRejected>>;
let unregister: () => void;

beforeEach(() => {
  unregister?.();
  electron.ipcMain.handle.mockClear();
  const built = spyHandlers();
  spies = built.spies;
  rejected = vi.fn<OnRejected>();
  unregister = registerIpc({
    handlers: built.handlers,
    appOrigin: 'app://bundle',
    mainFrame: () => mainFrame as never,
    onRejected: rejected,
  });
});

function noHandlerRan(): void {
  for (const command of commandNames) expect(spies[command], command).not.toHaveBeenCalled();
}

describe('registerIpc', () => {
  it('registers exactly one channel per contract command', () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(commandNames.map((c) => `tap-desk:${c}`).sort());
  });

  it('runs the handler for our top frame with valid arguments and replies ok', async () => {
    await expect(invoke('app.info', mainFrame, {})).resolves.toEqual({ ok: true, value: { from: 'app.info' } });
    expect(spies['app.info']).toHaveBeenCalledOnce();
  });

  const foreignSenders: [string, () => electron.FakeFrame | null][] = [
    ['another origin', () => ({ ...mainFrame, url: 'https://evil.example/', origin: 'https://evil.example' })],
    ['a look-alike origin', () => ({ ...mainFrame, url: 'app://bundle.evil/', origin: 'app://bundle.evil' })],
    ['a subframe at our origin', () => ({ ...mainFrame, parent: mainFrame, routingId: 2 })],
    ['a null frame', () => null],
    ['another window', () => new electron.BrowserWindow({}).webContents.mainFrame],
  ];

  it.each(foreignSenders)('refuses %s with forbidden before any handler runs', async (_name, sender) => {
    for (const command of commandNames) {
      const reply = await invoke(command, sender(), {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    noHandlerRan();
    expect(rejected).toHaveBeenCalledTimes(commandNames.length);
  });

  it('refuses even valid-looking arguments from a foreign sender (check comes first)', async () => {
    const reply = await invoke('shell.openHelp', null, { topic: 'roles' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    noHandlerRan();
  });

  it.each([
    ['app.info', { extra: true }],
    ['app.info', 'not an object'],
    ['users.search', { query: 42 }],
    ['users.search', { query: 'x'.repeat(10_000) }],
    ['users.card', {}],
    ['handoff.copy', { handoffId: '../../etc/passwd' }],
    ['shell.openHelp', { topic: 'javascript:alert(1)' }],
    ['tap.mint', { user: 'a@b.c', lifetimeInMinutes: 1e9, isUsableOnce: true, replace: false }],
    ['config.setTenant', { tenantId: 'x', clientId: 'y', cloud: 'Mars', __proto__: { polluted: true } }],
    ['users.search', undefined],
    ['users.search', null],
  ])('answers bad-request to %s(%j) without running a handler', async (command, args) => {
    const reply = await invoke(command, mainFrame, args);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    noHandlerRan();
  });

  it('turns a thrown error into an internal reply with no detail', async () => {
    spies['app.info'].mockRejectedValueOnce(new Error('token=eyJsecret'));
    const reply = await invoke('app.info', mainFrame, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('eyJsecret');
  });

  it('can unregister every channel', () => {
    unregister();
    expect(electron.ipcMain.handlers.size).toBe(0);
    unregister = () => undefined;
  });
});

describe('createIpcEventSink', () => {
  it("sends events on the event channel to the window's page", () => {
    const contents = new electron.FakeWebContents();
    const sink = createIpcEventSink(() => contents as never);
    sink('session.changed', { state: 'signed-out' });
    expect(contents.send).toHaveBeenCalledExactlyOnceWith(eventChannel, 'session.changed', { state: 'signed-out' });
  });

  it('drops events when there is no live window', () => {
    const contents = new electron.FakeWebContents();
    contents.destroyed = true;
    createIpcEventSink(() => contents as never)('session.changed', { state: 'signed-out' });
    createIpcEventSink(() => null)('session.changed', { state: 'signed-out' });
    expect(contents.send).not.toHaveBeenCalled();
  });
});
