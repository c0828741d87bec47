/**
 * An in-memory Bridge, the renderer's one port: tests script replies per command, record every
 * call, and emit main's events. Commands without a script answer `internal`, so a test that
 * forgets one fails loudly instead of hanging.
 */
import type {
  Args,
  Bridge,
  Command,
  EventName,
  Events,
  Reply,
  Result,
} from '../../../preload/contract';

type Handler<C extends Command> = (args: Args<C>) => Reply<Result<C>> | Promise<Reply<Result<C>>>;
export type FakeHandlers = { [C in Command]?: Handler<C> };

export interface FakeBridge {
  readonly bridge: Bridge;
  readonly calls: { command: Command; args: unknown }[];
  emit<E extends EventName>(event: E, payload: Events[E]): void;
  callsOf<C extends Command>(command: C): Args<C>[];
}

/** A successful reply. */
export const ok = <T>(value: T): Reply<T> => ({ ok: true, value });

/** A promise with its resolver, for replies a test releases later. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Creates the fake with the given handlers. */
export function createFakeBridge(handlers: FakeHandlers = {}): FakeBridge {
  const calls: { command: Command; args: unknown }[] = [];
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  const bridge: Bridge = {
    invoke(command, args) {
      calls.push({ command, args });
      const handler = handlers[command] as Handler<typeof command> | undefined;
      if (!handler) {
        return Promise.resolve({
          ok: false,
          error: { code: 'internal', message: `no fake for ${command}` },
        });
      }
      return Promise.resolve(handler(args));
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
  return {
    bridge,
    calls,
    emit(event, payload) {
      for (const listener of listeners.get(event) ?? [])
        (listener as (p: typeof payload) => void)(payload);
    },
    callsOf: <C extends Command>(command: C) =>
      calls.filter((c) => c.command === command).map((c) => c.args as Args<C>),
  };
}
