import { PublicClientApplication } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import type { AuthLogLevel } from '../../../main/auth/auth-log';
import { createSecretStoreCachePlugin } from '../../../main/auth/cache-plugin';
import { createRecordingSecretStore, type RecordingSecretStore } from './fake-secret-store';

const tenant = '9f1c1d7e-0000-4000-8000-00000000aaaa';
const uid = '11111111-2222-4333-8444-555555555555';
const home = `${uid}.${tenant}`;
const env = 'login.microsoftonline.com';

/** A minimal cache in MSAL's serialized schema: one account, one refresh token. */
function savedCache(): string {
  return JSON.stringify({
    Account: {
      [`${home}-${env}-${tenant}`]: {
        home_account_id: home,
        environment: env,
        realm: tenant,
        local_account_id: uid,
        username: 'ana.tech@contoso.example',
        authority_type: 'MSSTS',
        name: 'Ana Tech',
      },
    },
    IdToken: {},
    AccessToken: {},
    RefreshToken: {
      [`${home}-${env}-refreshtoken-client--`]: {
        home_account_id: home,
        environment: env,
        credential_type: 'RefreshToken',
        client_id: 'client',
        secret: 'rt-secret-value',
      },
    },
    AppMetadata: {},
  });
}

function setup(store: RecordingSecretStore) {
  const logs: { level: AuthLogLevel; message: string }[] = [];
  const plugin = createSecretStoreCachePlugin(store, (level, message) => logs.push({ level, message }));
  const pca = new PublicClientApplication({
    auth: { clientId: 'client', authority: `https://${env}/${tenant}` },
    cache: { cachePlugin: plugin },
  });
  return { plugin, pca, logs };
}

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('createSecretStoreCachePlugin', () => {
  it('hydrates the accounts MSAL saved last time, reading the store once', async () => {
    const store = createRecordingSecretStore(true, bytesOf(savedCache()));
    const { pca, plugin } = setup(store);
    expect(plugin.mode).toBe('encrypted');
    const accounts = await pca.getAllAccounts();
    expect(accounts.map((a) => a.homeAccountId)).toEqual([home]);
    await pca.getAllAccounts();
    expect(store.loads).toBe(1);
  });

  it('writes the cache back to the store when MSAL changes it', async () => {
    const store = createRecordingSecretStore(true, bytesOf(savedCache()));
    const { pca } = setup(store);
    const [account] = await pca.getAllAccounts();
    await pca.getTokenCache().removeAccount(account!);
    expect(store.saves.length).toBe(1);
    const written = JSON.parse(new TextDecoder().decode(store.saves[0])) as { Account: object; RefreshToken: object };
    expect(Object.keys(written.Account)).toHaveLength(0);
    expect(Object.keys(written.RefreshToken)).toHaveLength(0);
  });

  it('in memory-only mode never reads or writes the store', async () => {
    const store = createRecordingSecretStore(false, bytesOf(savedCache()));
    const { pca, plugin } = setup(store);
    expect(plugin.mode).toBe('memory-only');
    expect(await pca.getAllAccounts()).toEqual([]);
    expect(store.loads).toBe(0);
    expect(store.saves).toEqual([]);
  });

  it.each([
    ['not JSON', bytesOf('{"Account": {')],
    ['JSON of the wrong shape', bytesOf('[1,2,3]')],
    ['a section of the wrong type', bytesOf('{"Account": "nope"}')],
    ['bytes that are not UTF-8 (decrypted with the wrong key)', new Uint8Array([0xff, 0xfe, 0x00, 0xc3, 0x28])],
  ])('treats a cache that is %s as empty, clears it and warns', async (_what, bytes) => {
    const store = createRecordingSecretStore(true, bytes);
    const { pca, logs } = setup(store);
    expect(await pca.getAllAccounts()).toEqual([]);
    expect(store.clears).toBe(1);
    expect(logs.some((l) => l.level === 'warning' && /fresh sign-in/.test(l.message))).toBe(true);
    // MSAL keeps working on the same cache afterwards (its snapshot was reset too).
    expect(() => pca.getTokenCache().serialize()).not.toThrow();
  });

  it('treats a store that cannot decrypt as empty instead of failing', async () => {
    const store = createRecordingSecretStore(true, bytesOf(savedCache()));
    store.failLoad = new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    const { pca, logs } = setup(store);
    expect(await pca.getAllAccounts()).toEqual([]);
    expect(store.clears).toBe(1);
    expect(logs.map((l) => l.level)).toContain('warning');
  });

  it('keeps working when saving fails, and says so in the log', async () => {
    const store = createRecordingSecretStore(true, bytesOf(savedCache()));
    const { pca, logs } = setup(store);
    const [account] = await pca.getAllAccounts();
    store.failSave = new Error('disk full');
    await expect(pca.getTokenCache().removeAccount(account!)).resolves.toBeUndefined();
    expect(logs.some((l) => /could not be saved/.test(l.message))).toBe(true);
  });

  it('reads the store again after a reset', async () => {
    const store = createRecordingSecretStore(true, null);
    const { pca, plugin } = setup(store);
    expect(await pca.getAllAccounts()).toEqual([]);
    store.bytes = bytesOf(savedCache());
    plugin.reset();
    expect((await pca.getAllAccounts()).length).toBe(1);
    expect(store.loads).toBe(2);
  });
});
