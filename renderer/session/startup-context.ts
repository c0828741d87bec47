/**
 * Lends the startup replies that have already arrived to the hooks' initial state, so React's
 * first render shows the screen the technician needs instead of a spinner. Outside the app's
 * entry (tests, the customer display) nothing is lent and the hooks start empty as before.
 */
import { createContext, useContext } from 'react';
import type { Result } from '../../preload/contract';
import type { PeekStartupReply, StartupCommand } from './startup-replies';

export const StartupRepliesContext = createContext<PeekStartupReply>(() => undefined);

/** A `useState` initializer: the early reply's value if it arrived, is current and succeeded. */
export function useStartupInitial<C extends StartupCommand>(command: C): () => Result<C> | null {
  const peek = useContext(StartupRepliesContext);
  return () => {
    const reply = peek(command);
    return reply?.ok ? reply.value : null;
  };
}
