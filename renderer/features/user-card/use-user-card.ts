/** Loads the user card for the selected user; drops replies for a user no longer selected. */
import { useCallback, useEffect, useState } from 'react';
import type { AppError, UserCard } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';
import { revokePass, type RevokeTarget } from '../revoke/revoke-pass';

/** What the card area shows. */
export type CardState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly card: UserCard }
  | { readonly kind: 'error'; readonly error: AppError };

type Loaded = { readonly userId: string; readonly generation: number; readonly state: CardState };

/** The card for `userId` (null: nobody selected), with reload and revoke. */
export function useUserCard(userId: string | null) {
  const bridge = useBridge();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!userId) return undefined;
    let settled = false;
    let stale = false;
    void call(bridge, 'users.card', { user: userId }).then((reply) => {
      settled = true;
      if (stale) return;
      setLoaded({
        userId,
        generation,
        state: reply.ok
          ? { kind: 'ready', card: reply.value }
          : { kind: 'error', error: reply.error },
      });
    });
    return () => {
      // The technician moved on before the card arrived: main may stop reading for that user.
      stale = true;
      if (!settled) void call(bridge, 'users.cancel', {});
    };
  }, [bridge, userId, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  // The target names its own user (the card it was read from), through the one revoke path.
  const revoke = useCallback(
    async (target: RevokeTarget): Promise<AppError | null> => {
      const error = await revokePass(bridge, target);
      if (error === null) reload();
      return error;
    },
    [bridge, reload],
  );

  // A reload keeps showing the card it refreshes; a new user shows "loading" until theirs arrives.
  const state: CardState = !userId
    ? { kind: 'idle' }
    : loaded?.userId === userId
      ? loaded.state
      : { kind: 'loading' };
  return { state, reload, revoke };
}
