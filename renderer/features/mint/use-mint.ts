/** Sends `tap.mint`. The outcome goes straight to the caller and is never kept here. */
import { useCallback, useState } from 'react';
import type { AppError, Args, MintOutcome } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';

/** Mint with a busy flag and the last error (an outcome is handed back, not stored). */
export function useMint() {
  const bridge = useBridge();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const mint = useCallback(
    async (args: Args<'tap.mint'>): Promise<MintOutcome | null> => {
      setBusy(true);
      setError(null);
      const reply = await call(bridge, 'tap.mint', args);
      setBusy(false);
      if (!reply.ok) {
        setError(reply.error);
        return null;
      }
      return reply.value;
    },
    [bridge],
  );

  return { mint, busy, error, clearError: useCallback(() => setError(null), []) };
}
