/**
 * The acknowledged position: the last entry the destination accepted, per destination, kept in
 * the user's profile (not the audit folder) so it survives restarts and a journal that is deleted
 * or emptied (the next genesis then says entries were forwarded before). Written atomically.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';

export interface AckPosition {
  readonly desk: string;
  readonly seq: number;
  readonly hash: string;
  /** How many entries this destination accepted from this desk, over every chain. */
  readonly total: number;
}

export interface AckStore {
  load(): Promise<AckPosition | null>;
  save(position: AckPosition): Promise<void>;
}

export function ackFile(userData: string, destination: string): string {
  const key = createHash('sha256').update(destination).digest('hex').slice(0, 16);
  return join(userData, 'audit-forwarding', `ack-${key}.json`);
}

export function fileAckStore(file: string): AckStore {
  return {
    async load() {
      try {
        const value = JSON.parse(await readFile(file, 'utf8')) as Partial<AckPosition>;
        if (
          typeof value.desk === 'string' &&
          Number.isSafeInteger(value.seq) &&
          typeof value.hash === 'string' &&
          Number.isSafeInteger(value.total)
        )
          return value as AckPosition;
        return null;
      } catch {
        return null;
      }
    },
    async save(position) {
      await mkdir(dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, `${JSON.stringify(position)}\n`, { mode: 0o600 });
      await rename(temp, file);
    },
  };
}
