/**
 * msal-node's token cache persisted through the SecretStore port (Electron `safeStorage`).
 * Where the OS offers no real encryption the cache stays in memory only and nothing is written.
 * A cache that cannot be read or parsed costs a fresh sign-in, never a crash.
 */
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { SecretStore } from '../ports';
import type { AuthLog } from './auth-log';

export type TokenCacheMode = 'encrypted' | 'memory-only';

export interface SecretStoreCachePlugin extends ICachePlugin {
  readonly mode: TokenCacheMode;
  /** Forget that the store was read, so the next access reads it again (after sign-out). */
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

/** Creates the cache plugin. In memory-only mode both hooks do nothing: MSAL's memory is the cache. */
export function createSecretStoreCachePlugin(store: SecretStore, log: AuthLog): SecretStoreCachePlugin {
  const mode: TokenCacheMode = store.encrypted ? 'encrypted' : 'memory-only';
  // Read once per process (and again after a reset): this process is the cache's only writer,
  // so MSAL's in-memory state is authoritative after the first load.
  let loaded = false;

  const discard = async (context: TokenCacheContext, why: string): Promise<void> => {
    log('warning', `The saved sign-in could not be read (${why}); a fresh sign-in will be needed.`);
    // Reset MSAL's snapshot too: it re-parses the snapshot on every serialize.
    context.tokenCache.deserialize('');
    try {
      await store.clear();
    } catch {
      log('warning', 'The unreadable saved sign-in could not be removed.');
    }
  };

  return {
    mode,
    reset() {
      loaded = false;
    },
    async beforeCacheAccess(context) {
      if (mode === 'memory-only' || loaded) return;
      loaded = true;
      let bytes: Uint8Array | null;
      try {
        bytes = await store.load();
      } catch (error) {
        await discard(context, error instanceof Error ? error.name : 'load failed');
        return;
      }
      if (bytes === null || bytes.length === 0) return;
      try {
        context.tokenCache.deserialize(checkedCache(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
      } catch (error) {
        await discard(context, error instanceof SyntaxError ? 'not valid JSON' : 'malformed');
      }
    },
    async afterCacheAccess(context) {
      if (mode === 'memory-only' || !context.cacheHasChanged) return;
      try {
        await store.save(new TextEncoder().encode(context.tokenCache.serialize()));
      } catch {
        // Signing in still works for this session; only the next start will ask again.
        log('warning', 'The sign-in could not be saved; TAP Desk will ask you to sign in again next time.');
      }
    },
  };
}
