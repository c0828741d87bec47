import type { Clipboard } from '../../main/kernel/ports';

/** The Clipboard port in memory; `history` lets tests prove what was written and cleared. */
export interface MemoryClipboard extends Clipboard {
  readonly history: readonly string[];
  /** What the clipboard holds now, read without the port's promise. */
  readonly text: string;
  /** Whether what it holds now was written as a secret (through the port). */
  readonly concealed: boolean;
  /** Another app (or the technician) copying plain text: not part of the port. */
  writeText(value: string): Promise<void>;
}

export function createMemoryClipboard(): MemoryClipboard {
  let text = '';
  let concealed = false;
  const history: string[] = [];
  return {
    history,
    get text() {
      return text;
    },
    get concealed() {
      return concealed;
    },
    readText: async () => text,
    async writeSecret(value) {
      text = value;
      concealed = true;
      history.push(value);
    },
    async writeText(value) {
      text = value;
      concealed = false;
      history.push(value);
    },
    clear() {
      text = '';
      concealed = false;
    },
  };
}
