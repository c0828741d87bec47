/**
 * The one piece of global state: who is signed in. Fed by `auth.status` once and then by the
 * 'session.changed' event. It also re-provides the bridge wrapped so that any reply saying the
 * sign-in was lost (`interaction-required`, `not-signed-in`) raises `signInNeeded`, which shows
 * the sign-in overlay on top of the technician's work instead of replacing it.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { AppError, Bridge, Session } from '../../preload/contract';
import { BridgeContext, call, useBridge } from '../bridge';
import { useStartupInitial } from './startup-context';

/** What the SessionProvider offers its tree. */
export interface SessionValue {
  /** Null until main has answered the first `auth.status`. */
  readonly session: Session | null;
  /** The error that showed a signed-in technician must sign in again, if any. */
  readonly signInNeeded: AppError | null;
  /** Applies a session main returned in a reply (sign-in, cancel, sign-out). */
  readonly update: (session: Session) => void;
}

const SessionContext = createContext<SessionValue>({
  session: null,
  signInNeeded: null,
  update: () => undefined,
});

const lostCodes = new Set<string>(['interaction-required', 'not-signed-in']);

/** Wraps a bridge so replies that mean "sign in again" are reported to `onLost`. */
export function watchSignIn(bridge: Bridge, onLost: (error: AppError) => void): Bridge {
  return {
    on: bridge.on.bind(bridge),
    async invoke(command, args) {
      const reply = await bridge.invoke(command, args);
      if (!reply.ok && lostCodes.has(reply.error.code) && !command.startsWith('auth.'))
        onLost(reply.error);
      return reply;
    },
  };
}

/** Provides the session and the sign-in-watching bridge to everything below. */
export function SessionProvider({ children }: Readonly<{ children: ReactNode }>) {
  const bridge = useBridge();
  const [session, setSession] = useState<Session | null>(useStartupInitial('auth.status'));
  const [signInNeeded, setSignInNeeded] = useState<AppError | null>(null);

  const update = useCallback((next: Session) => {
    setSession(next);
    if (next.state === 'signed-in') setSignInNeeded(null);
  }, []);

  useEffect(() => {
    let live = true;
    let eventSeen = false;
    const off = bridge.on('session.changed', (next) => {
      eventSeen = true;
      if (live) update(next);
    });
    void call(bridge, 'auth.status', {}).then((reply) => {
      // A live event that already arrived is newer than this answer.
      if (live && reply.ok && !eventSeen) setSession(reply.value);
    });
    return () => {
      live = false;
      off();
    };
  }, [bridge, update]);

  const watched = useMemo(() => watchSignIn(bridge, setSignInNeeded), [bridge]);
  const value = useMemo(() => ({ session, signInNeeded, update }), [session, signInNeeded, update]);
  return (
    <SessionContext.Provider value={value}>
      <BridgeContext.Provider value={watched}>{children}</BridgeContext.Provider>
    </SessionContext.Provider>
  );
}

/** The current session and the sign-in-needed signal. */
export function useSession(): SessionValue {
  return useContext(SessionContext);
}
