/**
 * A manual clock that can also say which timers are waiting, so the suite can sit out the app's
 * short retry waits (Retry-After, backoff) at once while its long time limits only fire when a
 * scenario moves time on purpose. It is the Clock port, faked as the working agreement allows.
 */
import { createManualClock, type ManualClock } from '../../fakes/manual-clock';

export interface StepClock extends ManualClock {
  /** Due times (epoch ms) of every timer still waiting. */
  pending(): number[];
  /**
   * Waits for `work` while firing, one at a time, any timer due within `shortMs` from now (retry
   * waits). Longer timers (the 15–60 s request limits) are left alone: moving to them would turn
   * a slow loopback reply into a false time-out.
   */
  drive<T>(work: Promise<T>, shortMs?: number): Promise<T>;
}

/** A real macrotask: lets sockets, TLS and msal make progress between clock steps. */
const tick = (ms = 5): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createStepClock(startMs = Date.now()): StepClock {
  const inner = createManualClock(startMs);
  const timers = new Map<number, number>();
  let nextId = 0;

  const clock: StepClock = {
    now: () => inner.now(),
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, inner.now() + Math.max(0, ms));
      const cancel = inner.setTimeout(() => {
        timers.delete(id);
        callback();
      }, ms);
      return () => {
        timers.delete(id);
        cancel();
      };
    },
    advance: (ms) => inner.advance(ms),
    set: (epochMs) => inner.set(epochMs),
    pending: () => [...timers.values()].sort((a, b) => a - b),
    async drive(work, shortMs = 10_000) {
      let settled = false;
      const done = work.finally(() => {
        settled = true;
      });
      // The outcome is read through `done`; this only keeps an early rejection from being "unhandled".
      done.catch(() => undefined);
      while (!settled) {
        await tick();
        if (settled) break;
        const soonest = clock.pending()[0];
        const now = inner.now();
        if (soonest !== undefined && soonest - now <= shortMs) inner.advance(Math.max(0, soonest - now));
      }
      return done;
    },
  };
  return clock;
}
