/**
 * The composition root: builds every use case from the ports and returns the handler map plus
 * the lifecycle hooks the shell (Electron or the web harness) calls. No electron import.
 */
import type { EventSink } from './events';
import { createHandlers, type Handlers } from './handlers';
import type { Ports } from './ports';

export interface AppOptions {
  readonly ports: Ports;
  readonly version: string;
  /** Forwards events to the renderer (IPC in Electron, server-sent events in the harness). */
  readonly emit: EventSink;
}

export interface App {
  readonly handlers: Handlers;
  /** The window lost focus or was minimised: a pass on screen hides. */
  onBlur(): void;
  /** The screen locked or the session is suspending: hide and clear the clipboard. */
  onLock(): void;
  /** Before quit: hide, clear the clipboard if it still holds our value, flush the journal. */
  beforeQuit(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { version } = options;
  const notBuilt = async (): Promise<never> => {
    throw new Error('not wired yet');
  };
  const pending = new Proxy({}, { get: () => notBuilt });
  const handlers = createHandlers({
    app: {
      info: async () => ({
        name: 'TAP Desk',
        version,
        mode: 'unconfigured',
        tokenCache: options.ports.secretStore.encrypted ? 'encrypted' : 'memory-only',
      }),
    },
    config: pending as never,
    auth: pending as never,
    users: pending as never,
    tap: pending as never,
    handoff: pending as never,
    audit: pending as never,
    help: pending as never,
  });
  return {
    handlers,
    onBlur: () => undefined,
    onLock: () => undefined,
    beforeQuit: async () => undefined,
  };
}
