/**
 * Type-ahead search: debounced, at most one request in flight, and a reply is shown only if it
 * answers the query that is in the box right now (stale replies are dropped). Enter ends the
 * pause: the technician has finished typing, so the query goes out at once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, UserSummary } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';
import { useSession } from '../../session/session-provider';

/** What the result list shows. */
export type SearchStatus =
  | { readonly kind: 'empty' }
  | { readonly kind: 'searching' }
  /** `query` is the text these users answer: while a newer query is pending they are stale. */
  | { readonly kind: 'results'; readonly query: string; readonly users: readonly UserSummary[] }
  | { readonly kind: 'no-match' }
  | { readonly kind: 'error'; readonly error: AppError };

/** The search box's state and its change handler. */
export function useUserSearch(debounceMs = 200) {
  const bridge = useBridge();
  const [query, setQueryState] = useState('');
  const [status, setStatus] = useState<SearchStatus>({ kind: 'empty' });
  const current = useRef('');
  const inFlight = useRef(false);
  const wanted = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const alive = useRef(true);

  const pump = useCallback(async (): Promise<void> => {
    if (inFlight.current) return;
    // One request at a time; a query typed meanwhile goes out when the reply is in.
    while (wanted.current && alive.current) {
      wanted.current = false;
      inFlight.current = true;
      const sent = current.current;
      const reply = await call(bridge, 'users.search', { query: sent });
      inFlight.current = false;
      if (!alive.current) return;
      // Only a reply to what is in the box now may reach the screen.
      if (reply.ok && reply.value.query === current.current) {
        setStatus(
          reply.value.users.length
            ? { kind: 'results', query: reply.value.query, users: reply.value.users }
            : { kind: 'no-match' },
        );
      } else if (!reply.ok && sent === current.current) {
        setStatus({ kind: 'error', error: reply.error });
      }
    }
  }, [bridge]);

  const setQuery = useCallback(
    (next: string) => {
      setQueryState(next);
      current.current = next.trim();
      window.clearTimeout(timer.current);
      timer.current = undefined;
      if (current.current === '') {
        wanted.current = false;
        setStatus({ kind: 'empty' });
        return;
      }
      setStatus((s) => (s.kind === 'results' ? s : { kind: 'searching' }));
      timer.current = window.setTimeout(() => {
        timer.current = undefined;
        wanted.current = true;
        void pump();
      }, debounceMs);
    },
    [debounceMs, pump],
  );

  /** Sends the query still waiting out its pause now; nothing if none is waiting. */
  const searchNow = useCallback(() => {
    if (timer.current === undefined) return;
    window.clearTimeout(timer.current);
    timer.current = undefined;
    wanted.current = true;
    void pump();
  }, [pump]);

  // A sign-in lost mid-search ends that search without an answer worth showing; once the
  // technician has signed in again, ask again for what is in the box.
  const signedIn = useSession().session?.state === 'signed-in';
  useEffect(() => {
    if (!signedIn || current.current === '') return;
    wanted.current = true;
    void pump();
  }, [signedIn, pump]);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      window.clearTimeout(timer.current);
    };
  }, []);

  return { query, setQuery, searchNow, status };
}

/** Whether `status` holds results that answer `query` as typed now (not a previous query's). */
export function answersQuery(status: SearchStatus, query: string): boolean {
  return status.kind === 'results' && status.query === query.trim();
}
