/** The people main follows after hand-over: read once, then kept current by 'follow.changed'. */
import { useCallback, useEffect, useState } from 'react';
import type { AppError, FollowView } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';

export function useFollow() {
  const bridge = useBridge();
  const [people, setPeople] = useState<readonly FollowView[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const off = bridge.on('follow.changed', (list) => setPeople(list.people));
    void call(bridge, 'follow.list', {}).then((reply) => {
      if (live && reply.ok) setPeople(reply.value.people);
    });
    return () => {
      live = false;
      off();
    };
  }, [bridge]);

  const act = useCallback(
    async (command: 'follow.revoke' | 'follow.stop', userId: string) => {
      setBusy(userId);
      setError(null);
      const reply = await call(bridge, command, { userId });
      setBusy(null);
      if (reply.ok) setPeople(reply.value.people);
      else setError(reply.error);
    },
    [bridge],
  );

  const playPerson = useCallback(
    async (userId: string) => {
      const reply = await call(bridge, 'demo.playPerson', { userId, method: 'microsoftAuthenticator' });
      if (!reply.ok) setError(reply.error);
    },
    [bridge],
  );

  return {
    people,
    error,
    busy,
    revoke: (userId: string) => act('follow.revoke', userId),
    stop: (userId: string) => act('follow.stop', userId),
    playPerson,
  };
}
