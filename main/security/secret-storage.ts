/**
 * Where the token cache may live. `safeStorage` on Linux falls back to `basic_text` (a
 * hard-coded key: obfuscation, not encryption) when no keyring is found; then, and whenever
 * encryption is unavailable, the cache stays in memory and the technician signs in each start.
 */
export type SecretStorageMode = 'encrypted' | 'memory-only';

export interface SecretStorageFacts {
  readonly platform: NodeJS.Platform;
  readonly encryptionAvailable: boolean;
  /** `safeStorage.getSelectedStorageBackend()`; only meaningful on Linux. */
  readonly linuxBackend?: string;
}

/** Linux backends that are a real OS keyring. `unknown` means "asked before ready": not trusted. */
const linuxKeyrings = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']);

export function chooseSecretStorage(facts: SecretStorageFacts): SecretStorageMode {
  if (!facts.encryptionAvailable) return 'memory-only';
  if (facts.platform === 'linux' && !linuxKeyrings.has(facts.linuxBackend ?? '')) return 'memory-only';
  return 'encrypted';
}
