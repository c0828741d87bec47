/** Sign-in actions; the resulting session goes to the SessionProvider. */
import { useCallback, useState } from 'react';
import type { AppError, Args } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';
import { useSession } from '../../session/session-provider';

/** What the sign-in panel asks for: the flow and, in demo mode, which seeded technician. */
export type SignInRequest = Args<'auth.signIn'>;

/** Starts, cancels and ends sign-in, with a busy flag and the last error. */
export function useSignIn() {
  const bridge = useBridge();
  const { update } = useSession();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const signIn = useCallback(
    async (request: SignInRequest) => {
      setBusy(true);
      setError(null);
      const reply = await call(bridge, 'auth.signIn', request);
      setBusy(false);
      if (reply.ok) update(reply.value);
      // Cancelling is the technician's own choice, not an error to show.
      else if (reply.error.code !== 'sign-in-cancelled') setError(reply.error);
    },
    [bridge, update],
  );

  const cancel = useCallback(async () => {
    const reply = await call(bridge, 'auth.cancel', {});
    setBusy(false);
    if (reply.ok) update(reply.value);
  }, [bridge, update]);

  const signOut = useCallback(async () => {
    // Leave the signed-in screen in the same render as the click: a render that still saw the
    // old session would read as a lost sign-in ("Sign in again") instead of a sign-out.
    update({ state: 'signed-out' });
    const reply = await call(bridge, 'auth.signOut', {});
    if (reply.ok) {
      update(reply.value);
      return;
    }
    setError(reply.error);
    // Main may still hold the sign-in: show whatever it says now.
    const status = await call(bridge, 'auth.status', {});
    if (status.ok) update(status.value);
  }, [bridge, update]);

  return { signIn, cancel, signOut, error, busy };
}
