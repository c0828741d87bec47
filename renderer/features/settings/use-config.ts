/** The configuration view: read once, then kept current by 'config.changed'. */
import { useCallback, useEffect, useState } from 'react';
import type { AppError, Args, ConfigView } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';
import { useStartupInitial } from '../../session/startup-context';

/** Config plus a setter for handoff settings. */
export function useConfig() {
  const bridge = useBridge();
  const [config, setConfig] = useState<ConfigView | null>(useStartupInitial('config.get'));
  const [error, setError] = useState<AppError | null>(null);

  const refresh = useCallback(async () => {
    const reply = await call(bridge, 'config.get', {});
    if (reply.ok) setConfig(reply.value);
    else setError(reply.error);
  }, [bridge]);

  useEffect(() => {
    let live = true;
    const off = bridge.on('config.changed', setConfig);
    void call(bridge, 'config.get', {}).then((reply) => {
      if (!live) return;
      if (reply.ok) setConfig(reply.value);
      else setError(reply.error);
    });
    return () => {
      live = false;
      off();
    };
  }, [bridge]);

  const setHandoff = useCallback(
    async (args: Args<'config.setHandoff'>): Promise<AppError | null> => {
      const reply = await call(bridge, 'config.setHandoff', args);
      if (!reply.ok) return reply.error;
      setConfig(reply.value);
      return null;
    },
    [bridge],
  );

  return { config, error, refresh, setHandoff };
}
