import type { Clipboard, HandoffWindow } from '../../../main/ports';

/** An in-memory system clipboard, shared by "us" and "another app" in the tests. */
export function createMemoryClipboard(): Clipboard & { text: string } {
  const board = {
    text: '',
    readText: async () => board.text,
    writeText: async (text: string) => {
      board.text = text;
    },
    clear: () => {
      board.text = '';
    },
  };
  return board;
}

/** A window that records every content-protection change. */
export function createRecordingWindow(): HandoffWindow & {
  calls: boolean[];
  protectedNow: () => boolean;
} {
  const calls: boolean[] = [];
  return {
    calls,
    setContentProtection: (enabled) => void calls.push(enabled),
    protectedNow: () => calls.at(-1) === true,
  };
}

/** Lets the clipboard's asynchronous reads and writes finish. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
