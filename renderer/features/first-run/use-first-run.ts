/** First-run actions: save a tenant, or explore the demo tenant. */
import { useCallback, useState } from 'react';
import type { AppError, Cloud } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';

/** Saves config or switches to demo, then asks the app to reload its info. */
export function useFirstRun(onConfigured: () => void) {
  const bridge = useBridge();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (action: () => Promise<{ ok: boolean; error?: AppError }>) => {
      setBusy(true);
      setError(null);
      const reply = await action();
      setBusy(false);
      if (reply.ok) onConfigured();
      else if (reply.error) setError(reply.error);
    },
    [onConfigured],
  );

  return {
    error,
    busy,
    save: (tenantId: string, clientId: string, cloud: Cloud) =>
      run(() =>
        call(bridge, 'config.setTenant', {
          tenantId: tenantId.trim(),
          clientId: clientId.trim(),
          cloud,
        }),
      ),
    useDemo: () => run(() => call(bridge, 'config.useDemo', {})),
  };
}
