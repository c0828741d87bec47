/**
 * The `JournalFile` port (DESIGN.md, ports table): durable appends. The Node adapter opens the
 * segment for append, writes the whole line in one call and fsyncs before it resolves, so a
 * caller that awaits it can report success knowing the entry survives a power cut.
 */
import { access, open } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface JournalFile {
  /** Appends `text` to `path` (creating it) and resolves once it is on disk. */
  append(path: string, text: string): Promise<void>;
}

/** The real adapter: `open('a')`, `write`, `fsync`, `close`. */
export const nodeJournalFile: JournalFile = {
  async append(path, text) {
    const created = await access(path).then(
      () => false,
      () => true,
    );
    const handle = await open(path, 'a', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    // A new segment's name lives in the folder: sync it too, or a power cut could lose the file.
    if (created) await syncFolder(dirname(path));
  },
};

async function syncFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for syncing; NTFS journals the metadata itself.
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
