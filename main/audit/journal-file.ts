/**
 * The `JournalFile` port (DESIGN.md, ports table): durable appends. The Node adapter opens the
 * segment for append, writes the whole line in one call and fsyncs before it resolves, so a
 * caller that awaits it can report success knowing the entry survives a power cut.
 */
import { open } from 'node:fs/promises';

export interface JournalFile {
  /** Appends `text` to `path` (creating it) and resolves once it is on disk. */
  append(path: string, text: string): Promise<void>;
}

/** The real adapter: `open('a')`, `write`, `fsync`, `close`. */
export const nodeJournalFile: JournalFile = {
  async append(path, text) {
    const handle = await open(path, 'a', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};
