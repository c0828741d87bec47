/** `app.info`: the mode (unconfigured, demo, tenant) and where the token cache lives. */
import { useCallback, useEffect, useState } from 'react';
import type { AppError, AppInfo, Reply } from '../preload/contract';
import { call, useBridge } from './bridge';
import { useStartupInitial } from './session/startup-context';

/** App info with a refresh for after first-run configuration. */
export function useAppInfo() {
  const bridge = useBridge();
  const [info, setInfo] = useState<AppInfo | null>(useStartupInitial('app.info'));
  const [error, setError] = useState<AppError | null>(null);
  const apply = useCallback((reply: Reply<AppInfo>) => {
    if (reply.ok) setInfo(reply.value);
    setError(reply.ok ? null : reply.error);
  }, []);
  useEffect(() => {
    let live = true;
    void call(bridge, 'app.info', {}).then((reply) => {
      if (live) apply(reply);
    });
    return () => {
      live = false;
    };
  }, [bridge, apply]);
  const refresh = useCallback(() => call(bridge, 'app.info', {}).then(apply), [bridge, apply]);
  return { info, error, refresh };
}
