/**
 * Main writes the pass to the clipboard and takes it back: after N seconds, and at once on
 * hide, quit and screen lock. It only ever clears the clipboard if it still holds our value,
 * so something the technician copied meanwhile is never destroyed (KeePassXC's rule).
 */
import type { Events } from '../../preload/contract';
import type { Clipboard, Clock } from '../kernel/ports';

export type ClipboardChange = Events['clipboard.changed'];

export interface ClipboardGuardOptions {
  readonly clipboard: Clipboard;
  readonly clock: Clock;
  readonly onChange: (change: ClipboardChange) => void;
}

export interface ClipboardGuard {
  /** Writes `value` and schedules its removal; a second copy restarts the countdown. */
  copy(value: string, clearAfterSeconds: number): Promise<{ clearsAt: string }>;
  /** Takes our value back now, if the clipboard still holds it (hide, quit, lock). */
  release(): Promise<void>;
  /** Whether a value of ours may still be on the clipboard. */
  holding(): boolean;
}

/** Creates the guard over the Clipboard port. */
export function createClipboardGuard(options: ClipboardGuardOptions): ClipboardGuard {
  const { clipboard, clock, onChange } = options;
  let ours: string | undefined;
  let cancelTimer: (() => void) | undefined;

  const release = async (): Promise<void> => {
    cancelTimer?.();
    cancelTimer = undefined;
    if (ours === undefined) return;
    const value = ours;
    ours = undefined;
    // If the clipboard cannot be read, clear it: failing closed beats leaving a pass behind.
    const stillOurs = await clipboard.readText().then(
      (text) => text === value,
      () => true,
    );
    if (stillOurs) {
      clipboard.clear();
      onChange({ state: 'cleared' });
    } else {
      onChange({ state: 'replaced-by-other' });
    }
  };

  return {
    async copy(value, clearAfterSeconds) {
      cancelTimer?.();
      await clipboard.writeSecret(value);
      ours = value;
      const ms = clearAfterSeconds * 1000;
      const clearsAt = new Date(clock.now() + ms).toISOString();
      cancelTimer = clock.setTimeout(() => void release(), ms);
      onChange({ state: 'holding', clearsAt });
      return { clearsAt };
    },
    release,
    holding: () => ours !== undefined,
  };
}
