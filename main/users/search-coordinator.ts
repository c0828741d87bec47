/**
 * At most one search in flight, and never a stale answer. Debouncing is the renderer's job;
 * main guarantees the rest: a new query aborts the previous request, and a call whose query was
 * overtaken resolves with the NEWEST result (its `query` field says which), so whichever reply
 * the renderer reads last, it is never the result of text the technician has already changed.
 * After `cancel()` (the technician moved on) a pending call resolves with no users.
 */
import type { UserSummary } from '../../preload/contract';
import { AppFailure } from '../kernel/result';

/** Losing the sign-in aborts the search too, but the technician must hear why, not "no users". */
function isSignInLost(error: unknown): boolean {
  return (
    error instanceof AppFailure &&
    (error.code === 'interaction-required' || error.code === 'not-signed-in')
  );
}

export interface SearchReply {
  readonly query: string;
  readonly users: UserSummary[];
}

export interface SearchCoordinator {
  search(query: string): Promise<SearchReply>;
  /** Aborts the search in flight, if any. */
  cancel(): void;
}

export type SearchRunner = (text: string, signal: AbortSignal) => Promise<UserSummary[]>;

interface Entry {
  readonly controller: AbortController;
  result: Promise<SearchReply>;
}

export function createSearchCoordinator(run: SearchRunner): SearchCoordinator {
  let current: Entry | undefined;

  /** The answer for an entry that was overtaken: the newest entry's, or nothing after cancel(). */
  const newest = (entry: Entry, query: string): Promise<SearchReply> =>
    current && current !== entry ? current.result : Promise.resolve({ query, users: [] });

  return {
    search(query) {
      current?.controller.abort();
      const entry: Entry = {
        controller: new AbortController(),
        result: Promise.resolve({ query, users: [] }),
      };
      current = entry;
      const text = query.trim();
      entry.result = (async (): Promise<SearchReply> => {
        try {
          const users = text === '' ? [] : await run(text, entry.controller.signal);
          return current === entry ? { query, users } : await newest(entry, query);
        } catch (error) {
          if (entry.controller.signal.aborted && !isSignInLost(error)) return newest(entry, query);
          throw error;
        }
      })();
      return entry.result;
    },
    cancel() {
      current?.controller.abort();
      current = undefined;
    },
  };
}
