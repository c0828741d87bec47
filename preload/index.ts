/**
 * The sandboxed preload: exposes `window.tapDesk` with exactly `invoke` and `on`.
 *
 * Imports only TYPES from the contract, so zod (and every schema) stays out of this bundle;
 * main parses every argument. Listeners receive the payload only, never the IPC event (which
 * would hand the page `event.sender`, i.e. ipcRenderer itself).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Bridge, Command, EventName, Events, Reply } from './contract';

/** Must match `main/shell/ipc.ts` (`commandChannelPrefix`, `eventChannel`); a unit test checks both. */
const commandChannelPrefix = 'tap-desk:';
const eventChannel = 'tap-desk:event';

/**
 * The event names, repeated here because the runtime list lives in the zod-importing contract.
 * The type below fails to compile if this list and `EventName` ever differ.
 */
const knownEvents = ['session.changed', 'handoff.hidden', 'clipboard.changed', 'config.changed', 'queue.changed', 'pim.progress', 'follow.changed', 'notice.result', 'audit.forwarding.changed', 'customerDisplay.show', 'customerDisplay.wipe'] as const;
type Missing = Exclude<EventName, (typeof knownEvents)[number]>;
const everyEventListed: [Missing] extends [never] ? true : Missing = true;
void everyEventListed;

function isKnownEvent(name: unknown): name is EventName {
  return typeof name === 'string' && (knownEvents as readonly string[]).includes(name);
}

const unreachable: Reply<never> = {
  ok: false,
  error: { code: 'internal', message: 'TAP Desk could not reach its main process.' },
};

const badRequest: Reply<never> = {
  ok: false,
  error: { code: 'bad-request', message: 'Unknown command.' },
};

const tapDesk: Bridge = {
  invoke(command, args) {
    if (typeof command !== 'string') return Promise.resolve(badRequest);
    // Replies are values; a rejected invoke (no such channel, main gone) becomes one too.
    return ipcRenderer
      .invoke(commandChannelPrefix + (command satisfies Command), args)
      .catch(() => unreachable);
  },
  on(event, listener) {
    if (!isKnownEvent(event)) throw new TypeError('Unknown TAP Desk event.');
    if (typeof listener !== 'function') throw new TypeError('A listener must be a function.');
    const relay = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload as Events[typeof event]);
    };
    ipcRenderer.on(eventChannel, relay);
    return () => {
      ipcRenderer.removeListener(eventChannel, relay);
    };
  },
};

contextBridge.exposeInMainWorld('tapDesk', tapDesk);
