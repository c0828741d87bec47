/**
 * Fetches a chunk ahead, once the screen that asks for it has painted and the browser is idle:
 * the technician never waits for the next screen, and the current one never waits for it.
 */
import { useEffect } from 'react';

/** Calls `prefetch` once at idle time after a render with `when` true has been painted. */
export function usePrefetchWhenIdle(prefetch: () => Promise<unknown>, when: boolean): void {
  useEffect(() => {
    if (!when) return;
    // A prefetch that fails costs nothing: the screen fetches its chunk again when it opens.
    const run = () => void prefetch().catch(() => undefined);
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = setTimeout(run, 0);
      return () => clearTimeout(timer);
    }
    // The timeout bounds the wait on a page that never goes idle.
    const handle = window.requestIdleCallback(run, { timeout: 1000 });
    return () => window.cancelIdleCallback(handle);
  }, [prefetch, when]);
}
