/** An in-memory SecretStore that records every call, for tests. */
import type { SecretStore } from '../../../main/kernel/ports';

export interface RecordingSecretStore extends SecretStore {
  bytes: Uint8Array | null;
  readonly saves: Uint8Array[];
  loads: number;
  clears: number;
  failLoad?: Error;
  failSave?: Error;
}

export function createRecordingSecretStore(encrypted: boolean, initial: Uint8Array | null = null): RecordingSecretStore {
  const store: RecordingSecretStore = {
    encrypted,
    bytes: initial,
    saves: [],
    loads: 0,
    clears: 0,
    async load() {
      store.loads++;
      if (store.failLoad) throw store.failLoad;
      return store.bytes;
    },
    async save(bytes) {
      if (store.failSave) throw store.failSave;
      store.saves.push(bytes);
      store.bytes = bytes;
    },
    async clear() {
      store.clears++;
      store.bytes = null;
    },
  };
  return store;
}
