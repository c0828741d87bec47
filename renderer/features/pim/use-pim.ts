/**
 * PIM in the renderer: the latest progress main pushed (`pim.progress`) or replied, and the two
 * commands. The roles themselves come with the session (main re-reads them and says so).
 */
import { useCallback, useEffect, useState } from 'react';
import type { AppError, Args, PimProgress } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';

export interface PimControls {
  /** What main last said about an activation or deactivation; null until something happens. */
  readonly last: PimProgress | null;
  /** True once the technician has looked at `last` (the header stops showing it). */
  readonly seen: boolean;
  readonly markSeen: () => void;
  readonly activate: (args: Args<'pim.activate'>) => Promise<AppError | null>;
  readonly deactivate: (roleKey: string) => Promise<AppError | null>;
}

export function usePim(): PimControls {
  const bridge = useBridge();
  const [last, setLast] = useState<PimProgress | null>(null);
  const [seen, setSeen] = useState(false);

  const show = useCallback((p: PimProgress) => {
    setLast(p);
    setSeen(false);
  }, []);

  useEffect(() => bridge.on('pim.progress', show), [bridge, show]);

  const activate = useCallback(
    async (args: Args<'pim.activate'>): Promise<AppError | null> => {
      const reply = await call(bridge, 'pim.activate', args);
      if (!reply.ok) return reply.error;
      show(reply.value);
      return null;
    },
    [bridge, show],
  );

  const deactivate = useCallback(
    async (roleKey: string): Promise<AppError | null> => {
      const reply = await call(bridge, 'pim.deactivate', { roleKey });
      if (!reply.ok) return reply.error;
      show(reply.value);
      return null;
    },
    [bridge, show],
  );

  const markSeen = useCallback(() => setSeen(true), []);
  return { last, seen, markSeen, activate, deactivate };
}
