/**
 * What keeps demo mode apart from the real tenant: its own token cache and its own journal. The
 * demo's cache lives in memory only (demo tokens are worth nothing and must never overwrite the
 * real tenant's cache, which would sign the technician out of it), and its journal has its own
 * folder with every entry marked demo, so training never mixes into the real trail.
 */
import { join } from 'node:path';
import type { SecretStore } from '../kernel/ports';

export function createDemoSecretStore(): SecretStore {
  let bytes: Uint8Array | null = null;
  return {
    encrypted: false,
    load: async () => bytes,
    save: async (next) => {
      bytes = next;
    },
    clear: async () => {
      bytes = null;
    },
  };
}

export function demoJournalFolder(userData: string): string {
  return join(userData, 'demo-audit');
}
