/**
 * SecretStore over `safeStorage`: the token cache bytes, encrypted by the OS keyring, in one
 * file under userData. Where the OS offers no real encryption the store is memory only.
 */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { safeStorage } from 'electron';
import type { SecretStore } from '../kernel/ports';
import { chooseSecretStorage } from '../security/secret-storage';

/** In memory only: lost at quit, never on disk. */
export function createMemorySecretStore(): SecretStore {
  let bytes: Uint8Array | null = null;
  return {
    encrypted: false,
    load: async () => (bytes === null ? null : bytes.slice()),
    save: async (next) => {
      bytes = next.slice();
    },
    clear: async () => {
      bytes = null;
    },
  };
}

/** Must be called after `app` is ready: before that, Linux reports the backend as `unknown`. */
export function createSafeStorageSecretStore(file: string): SecretStore {
  const mode = chooseSecretStorage({
    platform: process.platform,
    // The async check is the non-deprecated one, but the port needs the answer synchronously;
    // both report the same OS facts once the app is ready.
    encryptionAvailable: safeStorage.isEncryptionAvailable(),
    linuxBackend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined,
  });
  if (mode === 'memory-only') return createMemorySecretStore();

  const save = async (bytes: Uint8Array): Promise<void> => {
    const sealed = await safeStorage.encryptStringAsync(Buffer.from(bytes).toString('base64'));
    // Write then rename, so a crash never leaves half a cache.
    const temporary = `${file}.tmp`;
    await writeFile(temporary, sealed, { mode: 0o600 });
    await rename(temporary, file);
  };
  const clear = async (): Promise<void> => {
    await rm(file, { force: true });
  };

  return {
    encrypted: true,
    async load() {
      let sealed: Buffer;
      try {
        sealed = await readFile(file);
      } catch {
        return null;
      }
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(sealed);
        const bytes = new Uint8Array(Buffer.from(result, 'base64'));
        if (shouldReEncrypt) await save(bytes);
        return bytes;
      } catch {
        // Unreadable (keyring reset, other user): discard; the technician signs in again.
        await clear();
        return null;
      }
    },
    save,
    clear,
  };
}
