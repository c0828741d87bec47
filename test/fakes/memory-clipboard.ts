import type { Clipboard } from '../../main/ports';

/** The Clipboard port in memory; `history` lets tests prove what was written and cleared. */
export interface MemoryClipboard extends Clipboard {
  readonly history: readonly string[];
}

export function createMemoryClipboard(): MemoryClipboard {
  let text = '';
  const history: string[] = [];
  return {
    history,
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
