import type { Clipboard } from '../../main/ports';

/** The Clipboard port in memory; `history` lets tests prove what was written and cleared. */
export interface MemoryClipboard extends Clipboard {
  readonly history: readonly string[];
  /** What the clipboard holds now, read without the port's promise. */
  readonly text: string;
}

export function createMemoryClipboard(): MemoryClipboard {
  let text = '';
  const history: string[] = [];
  return {
    history,
    get text() {
      return text;
    },
    readText: async () => text,
    async writeText(value) {
      text = value;
      history.push(value);
    },
    clear() {
      text = '';
    },
  };
}
