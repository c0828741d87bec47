/**
 * The three questions every start asks main (mode, session, configuration), asked as the script
 * loads instead of after React's first render, so their round trips overlap the evaluation of
 * the app and that render: the sign-in screen appears about one round trip sooner.
 *
 * The bridge returned answers each command's first invoke from its early reply, unless an event
 * arrived since the early request was sent (the reply may be older than that event): then the
 * invoke asks main again, so no screen starts from a state older than one it would have read.
 * Under the same rule `peek` lends a reply that has already arrived to React's first render, so
 * that render can be the screen itself rather than a spinner followed by the screen.
 */
import type { Args, Bridge, Command, EventName, Reply, Result } from '../../preload/contract';

/** Asked at start, each with the event after which an early answer may be stale. */
const startupCommands = {
  'app.info': null,
  'auth.status': 'session.changed',
  'config.get': 'config.changed',
} as const satisfies Partial<Record<Command, EventName | null>>;

export type StartupCommand = keyof typeof startupCommands;

interface EarlyReply {
  /** Null when the early request failed: the real invoke then asks again and reports. */
  readonly reply: Promise<Reply<unknown> | null>;
  /** The reply once it has arrived (null if it failed); undefined while it is on its way. */
  arrived: Reply<unknown> | null | undefined;
  stale: boolean;
  readonly stopWatching: () => void;
}

/** The early replies that have arrived and are still current, without handing them out. */
export type PeekStartupReply = <C extends StartupCommand>(command: C) => Reply<Result<C>> | undefined;

/** A bridge whose startup questions were sent when it was made. */
export interface StartupBridge extends Bridge {
  /** Settles when every early reply has arrived or failed. */
  readonly settled: Promise<void>;
  readonly peek: PeekStartupReply;
}

const isStartupCommand = (command: Command): command is StartupCommand =>
  Object.hasOwn(startupCommands, command);

/** Sends the startup commands now and wraps `bridge` to hand out each early reply once. */
export function withStartupReplies(bridge: Bridge): StartupBridge {
  const early = new Map<Command, EarlyReply>();
  for (const command of Object.keys(startupCommands) as StartupCommand[]) {
    const staleAfter = startupCommands[command];
    const entry: EarlyReply = {
      // Sent now; a failure, even a synchronous throw, leaves it to the real invoke.
      reply: new Promise<Reply<unknown>>((resolve) => resolve(bridge.invoke(command, {}))).catch(
        () => null,
      ),
      arrived: undefined,
      stale: false,
      stopWatching: staleAfter
        ? bridge.on(staleAfter, () => {
            entry.stale = true;
          })
        : () => undefined,
    };
    void entry.reply.then((reply) => {
      entry.arrived = reply;
    });
    early.set(command, entry);
  }
  const settled = Promise.all([...early.values()].map((entry) => entry.reply)).then(
    () => undefined,
  );
  const peek: PeekStartupReply = (command) => {
    const entry = early.get(command);
    if (!entry || entry.stale || !entry.arrived) return undefined;
    // The reply to this very command, with its only arguments (none).
    return entry.arrived as Reply<Result<typeof command>>;
  };
  async function invoke<C extends Command>(command: C, args: Args<C>): Promise<Reply<Result<C>>> {
    const entry = isStartupCommand(command) ? early.get(command) : undefined;
    if (!entry) return bridge.invoke(command, args);
    early.delete(command);
    const reply = await entry.reply;
    entry.stopWatching();
    // The early request was this very command, with its only arguments (none).
    if (reply && !entry.stale) return reply as Reply<Result<C>>;
    return bridge.invoke(command, args);
  }
  return { on: bridge.on.bind(bridge), invoke, settled, peek };
}
