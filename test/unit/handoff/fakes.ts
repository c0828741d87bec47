import type { HandoffWindow } from '../../../main/kernel/ports';

export { createMemoryClipboard } from '../../fakes/memory-clipboard';

/** A window that records every content-protection change. */
export function createRecordingWindow(contentProtectionSupported = true): HandoffWindow & {
  calls: boolean[];
  protectedNow: () => boolean;
} {
  const calls: boolean[] = [];
  return {
    contentProtectionSupported,
    calls,
    setContentProtection: (enabled) => void calls.push(enabled),
    protectedNow: () => calls.at(-1) === true,
  };
}

/** Lets the clipboard's asynchronous reads and writes finish. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
