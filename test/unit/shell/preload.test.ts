import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge } from '../../../preload/contract';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

await import('../../../preload/index');
const { commandChannelPrefix, eventChannel } = await import('../../../main/shell/ipc');

const bridge = electron.contextBridge.exposed.get('tapDesk') as Bridge;

beforeEach(() => {
  electron.ipcRenderer.invoke.mockReset();
  electron.ipcRenderer.removeAllListeners();
});

describe('preload', () => {
  it('exposes window.tapDesk once, with exactly invoke and on', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect([...electron.contextBridge.exposed.keys()]).toEqual(['tapDesk']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.on).toBe('function');
  });

  it('invokes the command channel main listens on and returns the reply as is', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 'x' });
    await expect(bridge.invoke('users.search', { query: 'ada' })).resolves.toEqual({ ok: true, value: 'x' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(`${commandChannelPrefix}users.search`, {
      query: 'ada',
    });
  });

  it('turns a failed invoke into a reply value, never a rejection', async () => {
    electron.ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'tap-desk:nope'"));
    await expect(bridge.invoke('app.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('refuses a non-string command without touching IPC', async () => {
    const reply = await (bridge.invoke as (c: unknown, a: unknown) => Promise<unknown>)({ toString: () => 'app.info' }, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('gives listeners the payload only, never the IPC event', () => {
    const listener = vi.fn();
    bridge.on('session.changed', listener);
    const ipcEvent = { sender: electron.ipcRenderer, senderId: 0 };
    electron.ipcRenderer.emit(eventChannel, ipcEvent, 'session.changed', { state: 'signed-out' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ state: 'signed-out' });
  });

  it('delivers only the event the listener asked for', () => {
    const listener = vi.fn();
    bridge.on('config.changed', listener);
    electron.ipcRenderer.emit(eventChannel, {}, 'session.changed', { state: 'signed-out' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribes', () => {
    const listener = vi.fn();
    const off = bridge.on('handoff.hidden', listener);
    off();
    electron.ipcRenderer.emit(eventChannel, {}, 'handoff.hidden', { handoffId: 'h', reason: 'timeout' });
    expect(listener).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.listenerCount(eventChannel)).toBe(0);
  });

  it.each(['ipc', 'session.changed ', '__proto__', 'constructor', 42])('refuses to subscribe to %j', (name) => {
    expect(() => (bridge.on as (e: unknown, l: () => void) => void)(name, () => undefined)).toThrow(TypeError);
    expect(electron.ipcRenderer.listenerCount(eventChannel)).toBe(0);
  });

  it('imports only types from the contract, so zod stays out of the sandboxed bundle', () => {
    const source = readFileSync(new URL('../../../preload/index.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import\s+(type\s+)?[^;]*from\s+'([^']+)'/gm)];
    expect(imports.length).toBeGreaterThan(0);
    for (const [statement, typeOnly, from] of imports) {
      if (from === 'electron') continue;
      expect(typeOnly, statement).toBe('type ');
    }
    expect(source).not.toMatch(/from 'zod'/);
  });
});
