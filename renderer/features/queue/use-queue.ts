/** The onboarding queue as main holds it: import, pre-flight (progress by event), cancel, export, clear. */
import { useCallback, useEffect, useState } from 'react';
import type { AppError, Args, QueueView } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';

/** The largest file the import reads (2,000 rows with notes fit well inside it). */
export const maxQueueFileBytes = 2_000_000;

export function useQueue() {
  const bridge = useBridge();
  const [view, setView] = useState<QueueView | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [exported, setExported] = useState<{ path: string; rows: number } | null>(null);

  useEffect(() => {
    let live = true;
    void call(bridge, 'queue.get', {}).then((reply) => {
      if (live && reply.ok) setView(reply.value);
    });
    const off = bridge.on('queue.changed', (next) => setView(next));
    return () => {
      live = false;
      off();
    };
  }, [bridge]);

  const run = useCallback(
    async <C extends 'queue.import' | 'queue.check' | 'queue.cancel' | 'queue.clear'>(command: C, args: Args<C>) => {
      setError(null);
      setExported(null);
      const reply = await call(bridge, command, args);
      if (reply.ok) setView(reply.value as QueueView);
      else setError(reply.error);
    },
    [bridge],
  );

  const importFile = useCallback(
    async (file: File) => {
      if (file.size > maxQueueFileBytes) {
        setError({ code: 'bad-request', message: `${file.name} is larger than 2 MB.`, hint: 'A queue holds at most 2,000 rows; split the file.' });
        return;
      }
      await run('queue.import', { name: file.name.slice(0, 120), text: await file.text() });
    },
    [run],
  );

  const exportCsv = useCallback(async () => {
    setError(null);
    const reply = await call(bridge, 'queue.exportCsv', {});
    if (reply.ok) setExported(reply.value);
    else setError(reply.error);
  }, [bridge]);

  return {
    view,
    error,
    exported,
    importFile,
    check: (rowId?: string) => run('queue.check', rowId ? { rowId } : {}),
    cancel: () => run('queue.cancel', {}),
    clear: () => run('queue.clear', {}),
    exportCsv,
  };
}
