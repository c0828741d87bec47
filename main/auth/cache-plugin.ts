/**
 * msal-node's token cache persisted through the SecretStore port (Electron `safeStorage`).
 * Where the OS offers no real encryption the cache stays in memory only and nothing is written.
 * A cache that cannot be read or parsed costs a fresh sign-in, never a crash.
 */
import type { ICachePlugin } from '@azure/msal-node';
import type { SecretStore } from '../kernel/ports';
import type { AuthLog } from './auth-log';

export type TokenCacheMode = 'encrypted' | 'memory-only';

export interface SecretStoreCachePlugin extends ICachePlugin {
  readonly mode: TokenCacheMode;
  /** Forget the cache and read the store again at the next access (after sign-out). */
  reset(): void;
}

const cacheSections = ['Account', 'IdToken', 'AccessToken', 'RefreshToken', 'AppMetadata'];

/** Parses and shape-checks a serialized cache; MSAL's own deserializer trusts its input. */
function checkedCache(text: string): string {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('the token cache is not a JSON object');
  }
  for (const section of cacheSections) {
    const value = (parsed as Record<string, unknown>)[section];
    if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
      throw new Error(`the token cache section ${section} is malformed`);
    }
  }
  return text;
}

/**
 * Creates the cache plugin. MSAL rebuilds its in-memory cache from the last `deserialize`d text
 * before every silent call, so the plugin must hand it the current cache each time: it keeps the
 * authoritative serialized copy in memory (this process is the cache's only writer) and reads the
 * store only once, at the first access.
 */
export function createSecretStoreCachePlugin(store: SecretStore, log: AuthLog): SecretStoreCachePlugin {
  const mode: TokenCacheMode = store.encrypted ? 'encrypted' : 'memory-only';
  /** The cache as MSAL last wrote it; `null` until the store has been read. */
  let snapshot: string | null = null;

  const discard = async (why: string): Promise<void> => {
    log('warning', `The saved sign-in could not be read (${why}); a fresh sign-in will be needed.`);
    snapshot = '';
    try {
      await store.clear();
    } catch {
      log('warning', 'The unreadable saved sign-in could not be removed.');
    }
  };

  const loadOnce = async (): Promise<string> => {
    if (snapshot !== null) return snapshot;
    snapshot = '';
    if (mode === 'memory-only') return snapshot;
    let bytes: Uint8Array | null;
    try {
      bytes = await store.load();
    } catch (error) {
      await discard(error instanceof Error ? error.name : 'load failed');
      return snapshot;
    }
    if (bytes === null || bytes.length === 0) return snapshot;
    try {
      snapshot = checkedCache(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (error) {
      await discard(error instanceof SyntaxError ? 'not valid JSON' : 'malformed');
    }
    return snapshot;
  };

  return {
    mode,
    reset() {
      snapshot = null;
    },
    async beforeCacheAccess(context) {
      const text = await loadOnce();
      try {
        context.tokenCache.deserialize(text);
      } catch {
        await discard('malformed');
        // Reset MSAL's own snapshot too: it re-parses it on every serialize.
        context.tokenCache.deserialize('');
      }
    },
    async afterCacheAccess(context) {
      if (!context.cacheHasChanged) return;
      snapshot = context.tokenCache.serialize();
      if (mode === 'memory-only') return;
      try {
        await store.save(new TextEncoder().encode(snapshot));
      } catch {
        // Signing in still works for this session; only the next start will ask again.
        log('warning', 'The sign-in could not be saved; TAP Desk will ask you to sign in again next time.');
      }
    },
  };
}
