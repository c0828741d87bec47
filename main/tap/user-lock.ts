/**
 * One mint or revoke per user at a time, in main: a second call for the same user is refused at
 * once, so two POSTs can never race (the second would silently replace the first pass).
 */
import { AppFailure } from '../kernel/result';

export interface UserLock {
  /** Holds `key` (case-insensitive) or throws `conflict`; returns the release. */
  hold(key: string): () => void;
}

export function createUserLock(): UserLock {
  const held = new Set<string>();
  return {
    hold(key) {
      const id = key.toLowerCase();
      if (held.has(id)) {
        throw new AppFailure(
          'conflict',
          'A pass for this user is already being created or revoked.',
          'Wait for it to finish; the card then shows the result.',
        );
      }
      held.add(id);
      let released = false;
      return () => {
        if (!released) held.delete(id);
        released = true;
      };
    },
  };
}
