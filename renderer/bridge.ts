/**
 * The renderer's one port to main. This is the only file that touches `window.tapDesk`; every
 * feature hook reaches main through `useBridge()`, so tests hand in an in-memory Bridge instead.
 */
import { createContext, useContext } from 'react';
import type { Args, Bridge, Command, Reply, Result } from '../preload/contract';

declare global {
  interface Window {
    /** Exposed by the preload (or the web harness shim); its type comes from the contract. */
    readonly tapDesk?: Bridge;
  }
}

/** A bridge that answers every command with an error: used when the preload is missing. */
const missingBridge: Bridge = {
  invoke: () =>
    Promise.resolve({
      ok: false,
      error: {
        code: 'internal',
        message: 'TAP Desk cannot reach its main process.',
        hint: 'Restart TAP Desk. If this keeps happening, reinstall it.',
      },
    }),
  on: () => () => undefined,
};

/** The bridge the preload exposed, or one that explains it is missing. */
export function windowBridge(): Bridge {
  return window.tapDesk ?? missingBridge;
}

/** Carries the bridge down the tree; the SessionProvider wraps it to watch for lost sign-ins. */
export const BridgeContext = createContext<Bridge>(missingBridge);

/** The bridge for container hooks. Presentational components never call this. */
export function useBridge(): Bridge {
  return useContext(BridgeContext);
}

/** Invokes a command and turns a rejected promise (a broken channel) into an error reply. */
export async function call<C extends Command>(
  bridge: Bridge,
  command: C,
  args: Args<C>,
): Promise<Reply<Result<C>>> {
  try {
    return await bridge.invoke(command, args);
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: 'The request did not reach TAP Desk.',
        hint: 'Try again.',
      },
    };
  }
}
