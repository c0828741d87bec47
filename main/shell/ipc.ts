/**
 * The only file that touches `ipcMain`. Binds the handler map to one `invoke` channel per
 * command and forwards events to the window. Every message is checked in this order: the
 * sender (our window's top frame at our origin), then the arguments (zod, in `dispatch`), then
 * the handler runs. Nothing here knows about any use case.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents, type WebFrameMain } from 'electron';
import { commandNames, type Command, type Reply } from '../../preload/contract';
import { dispatch } from '../wiring/dispatch';
import type { EventSink } from '../kernel/events';
import type { Handlers } from '../wiring/handlers';
import { isTrustedSender, type SenderVerdict } from '../security/sender';

/** Channel prefix for commands; the preload uses the same (`preload/index.ts`). */
export const commandChannelPrefix = 'tap-desk:';
/** The one main → renderer channel; the payload is `(eventName, payload)`. */
export const eventChannel = 'tap-desk:event';

export interface IpcOptions {
  readonly handlers: Handlers;
  readonly appOrigin: string;
  /** Our window's top frame, or null while there is no window. */
  readonly mainFrame: () => WebFrameMain | null;
  /** Told about every refused sender; never given the arguments. */
  readonly onRejected?: (command: Command, verdict: Exclude<SenderVerdict, { trusted: true }>) => void;
}

const forbidden: Reply<never> = {
  ok: false,
  error: {
    code: 'forbidden',
    message: 'This request did not come from the TAP Desk window.',
  },
};

function logRejection(command: Command, verdict: { reason: string }): void {
  console.warn(`[ipc] refused ${command}: ${verdict.reason}`);
}

/** Registers a handler for every command. Returns a function that removes them all. */
export function registerIpc(options: IpcOptions): () => void {
  const onRejected = options.onRejected ?? logRejection;
  for (const command of commandNames) {
    ipcMain.handle(commandChannelPrefix + command, async (event: IpcMainInvokeEvent, args: unknown) => {
      const verdict = isTrustedSender({
        senderFrame: event.senderFrame,
        mainFrame: options.mainFrame(),
        appOrigin: options.appOrigin,
      });
      if (!verdict.trusted) {
        onRejected(command, verdict);
        return forbidden;
      }
      return dispatch(options.handlers, command, args);
    });
  }
  return () => {
    for (const command of commandNames) ipcMain.removeHandler(commandChannelPrefix + command);
  };
}

/** An event sink that sends to the window's page, if there is one and it is alive. */
export function createIpcEventSink(contents: () => WebContents | null): EventSink {
  return (event, payload) => {
    const target = contents();
    if (target === null || target.isDestroyed()) return;
    target.send(eventChannel, event, payload);
  };
}
