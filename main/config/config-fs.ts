/**
 * The file system as the config module needs it, behind a small interface so tests can make a
 * write fail. The Node implementation opens policy files without following links and reads the
 * facts (owner, mode, size) from the open handle, so a file cannot be swapped between check and read.
 */
import { constants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export interface FileFacts {
  readonly uid: number;
  readonly mode: number;
  readonly size: number;
}

export type ReadOutcome =
  | { readonly kind: 'absent' }
  | { readonly kind: 'symlink' }
  | { readonly kind: 'not-a-file' }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'unreadable'; readonly reason: string }
  | { readonly kind: 'ok'; readonly facts: FileFacts; readonly bytes: Uint8Array };

export interface ConfigFs {
  /** Reads a regular file of at most `maxBytes`, never through a symbolic link. */
  readRegularFile(file: string, maxBytes: number): Promise<ReadOutcome>;
  /** Owner and mode of a folder, or null when it does not exist. */
  folderFacts(folder: string): Promise<FileFacts | null>;
  /** Replaces `file` in one step (temp file + rename), created with `mode`. */
  writeFileAtomic(file: string, text: string, mode: number): Promise<void>;
}

/** The subset of node:fs/promises used; tests pass a wrapper that fails on purpose. */
export type FsPrimitives = Pick<
  typeof nodeFs,
  'lstat' | 'open' | 'stat' | 'mkdir' | 'rename' | 'rm'
>;

const codeOf = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

export function createNodeConfigFs(fs: FsPrimitives = nodeFs): ConfigFs {
  return {
    async readRegularFile(file, maxBytes) {
      // lstat first: on Windows there is no O_NOFOLLOW, so this is the only link check there.
      try {
        if ((await fs.lstat(file)).isSymbolicLink()) return { kind: 'symlink' };
      } catch (error) {
        const code = codeOf(error);
        if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'absent' };
        return { kind: 'unreadable', reason: code ?? 'unknown error' };
      }
      // O_NONBLOCK keeps a FIFO planted at the path from hanging start-up.
      const flags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
      let handle: nodeFs.FileHandle;
      try {
        handle = await fs.open(file, flags);
      } catch (error) {
        const code = codeOf(error);
        if (code === 'ELOOP' || code === 'EMLINK') return { kind: 'symlink' };
        if (code === 'ENOENT') return { kind: 'absent' };
        return { kind: 'unreadable', reason: code ?? 'unknown error' };
      }
      try {
        const stat = await handle.stat();
        if (!stat.isFile()) return { kind: 'not-a-file' };
        if (stat.size > maxBytes) return { kind: 'too-large', size: stat.size };
        // Read one byte past the limit: the file may have grown since fstat.
        const buffer = new Uint8Array(maxBytes + 1);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        if (bytesRead > maxBytes) return { kind: 'too-large', size: bytesRead };
        return {
          kind: 'ok',
          facts: { uid: stat.uid, mode: stat.mode, size: bytesRead },
          bytes: buffer.subarray(0, bytesRead),
        };
      } catch (error) {
        return { kind: 'unreadable', reason: codeOf(error) ?? 'unknown error' };
      } finally {
        await handle.close();
      }
    },

    async folderFacts(folder) {
      try {
        const stat = await fs.stat(folder);
        return { uid: stat.uid, mode: stat.mode, size: stat.size };
      } catch {
        return null;
      }
    },

    async writeFileAtomic(file, text, mode) {
      await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        // `wx` refuses to reuse an existing path, so a planted temp name cannot redirect the write.
        const handle = await fs.open(temp, 'wx', mode);
        try {
          await handle.writeFile(text, 'utf8');
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.rename(temp, file);
      } catch (error) {
        await fs.rm(temp, { force: true });
        throw error;
      }
    },
  };
}
