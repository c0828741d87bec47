/**
 * Writes a CSV export where the technician chose, owner-only like the journal itself: the export
 * names technicians, users and tickets.
 */
import { open } from 'node:fs/promises';
import { isAbsolute } from 'node:path';

/** The name the save dialog suggests: timestamped, so a second export does not replace the first. */
export function exportFileName(nowMs: number): string {
  return `tap-desk-audit-${new Date(nowMs).toISOString().replace(/[:.]/g, '-')}.csv`;
}

/** Writes `text` to `path` (replacing a file the dialog already confirmed), mode 0600. */
export async function writeOwnerOnly(path: string, text: string): Promise<void> {
  if (!isAbsolute(path)) throw new Error('An export path must be absolute.');
  const handle = await open(path, 'w', 0o600);
  try {
    // The mode above applies only to a new file: an existing one keeps its own until chmod,
    // which runs before any content is written.
    await handle.chmod(0o600);
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}
