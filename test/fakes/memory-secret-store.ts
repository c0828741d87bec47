import type { SecretStore } from '../../main/kernel/ports';

/** The SecretStore port in memory. `encrypted` says what the OS backend would offer. */
export interface MemorySecretStore extends SecretStore {
  readonly saved: () => Uint8Array | null;
}

export function createMemorySecretStore(encrypted = true): MemorySecretStore {
  let bytes: Uint8Array | null = null;
  return {
    encrypted,
    saved: () => bytes,
    load: async () => bytes,
    save: async (value) => {
      bytes = new Uint8Array(value);
    },
    clear: async () => {
      bytes = null;
    },
  };
}
