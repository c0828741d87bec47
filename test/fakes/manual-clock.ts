import type { Clock } from '../../main/kernel/ports';

/**
 * A clock that only moves when told. Drives the demo tenant's TAP validity and the handoff
 * timers in tests and in the browser harness.
 */
export interface ManualClock extends Clock {
  /** Moves time forward, firing every timer that falls due, in order. */
  advance(ms: number): void;
  set(epochMs: number): void;
}

export function createManualClock(startMs = Date.parse('2026-11-26T09:00:00Z')): ManualClock {
  let now = startMs;
  let nextId = 0;
  const timers = new Map<number, { due: number; callback: () => void }>();

  const fireDue = (): void => {
    for (;;) {
      let next: [number, { due: number; callback: () => void }] | undefined;
      for (const entry of timers) {
        if (entry[1].due <= now && (!next || entry[1].due < next[1].due)) next = entry;
      }
      if (!next) return;
      timers.delete(next[0]);
      next[1].callback();
    }
  };

  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { due: now + Math.max(0, ms), callback });
      // A timer already due (a zero wait, e.g. `Retry-After: 0`) fires without moving time.
      if (ms <= 0) setImmediate(fireDue);
      return () => timers.delete(id);
    },
    advance(ms) {
      now += ms;
      fireDue();
    },
    set(epochMs) {
      now = epochMs;
      fireDue();
    },
  };
}
