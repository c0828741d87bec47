/**
 * The read-aloud spelling of a pass on the customer display, fetched only when the technician
 * asks (main journals the request first). It lives in this hook's state, so it goes when the
 * handoff's screen does.
 */
import { useCallback, useState } from 'react';
import type { AppError } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';

export function useSpelling(handoffId: string) {
  const bridge = useBridge();
  const [words, setWords] = useState<readonly string[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const ask = useCallback(async () => {
    setBusy(true);
    setError(null);
    const reply = await call(bridge, 'handoff.spell', { handoffId });
    setBusy(false);
    if (reply.ok) setWords(reply.value.phonetic);
    else setError(reply.error);
  }, [bridge, handoffId]);
  return { words, error, busy, ask };
}
