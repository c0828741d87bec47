import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { createSafeStorageSecretStore } = await import('../../../main/electron/secret-store');

const canary = 'REFRESH-TOKEN-CANARY-0.AVYA';
const bytes = new TextEncoder().encode(JSON.stringify({ RefreshToken: { x: { secret: canary } } }));

let folder: string;
let file: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tap-desk-secrets-'));
  file = join(folder, 'token-cache.bin');
  electron.safeStorage.available = true;
  electron.safeStorage.backend = 'gnome_libsecret';
  electron.safeStorage.reEncrypt = false;
});

const onLinux = process.platform === 'linux';

describe('createSafeStorageSecretStore', () => {
  it('round-trips through the OS encryption and never writes the plaintext', async () => {
    const store = createSafeStorageSecretStore(file);
    expect(store.encrypted).toBe(true);
    await store.save(bytes);
    const onDisk = readFileSync(file);
    expect(onDisk.toString('latin1')).not.toContain(canary);
    expect(onDisk.toString('latin1')).not.toContain(Buffer.from(canary).toString('base64').slice(0, 12));
    expect(await store.load()).toEqual(bytes);
    expect(readdirSync(folder)).toEqual(['token-cache.bin']);
  });

  it.runIf(onLinux)('keeps secrets in memory only with the basic_text backend', async () => {
    electron.safeStorage.backend = 'basic_text';
    const store = createSafeStorageSecretStore(file);
    expect(store.encrypted).toBe(false);
    await store.save(bytes);
    expect(readdirSync(folder)).toEqual([]);
    expect(await store.load()).toEqual(bytes);
    await store.clear();
    expect(await store.load()).toBeNull();
  });

  it('keeps secrets in memory only when encryption is unavailable', async () => {
    electron.safeStorage.available = false;
    const store = createSafeStorageSecretStore(file);
    expect(store.encrypted).toBe(false);
    await store.save(bytes);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('discards a cache it cannot decrypt', async () => {
    writeFileSync(file, 'garbage from another keyring');
    const store = createSafeStorageSecretStore(file);
    expect(await store.load()).toBeNull();
    expect(existsSync(file)).toBe(false);
  });

  it('re-encrypts when the OS asks for it', async () => {
    const store = createSafeStorageSecretStore(file);
    await store.save(bytes);
    electron.safeStorage.reEncrypt = true;
    electron.safeStorage.encryptStringAsync.mockClear();
    expect(await store.load()).toEqual(bytes);
    expect(electron.safeStorage.encryptStringAsync).toHaveBeenCalledOnce();
  });

  it('clears the file', async () => {
    const store = createSafeStorageSecretStore(file);
    await store.save(bytes);
    await store.clear();
    expect(existsSync(file)).toBe(false);
    expect(await store.load()).toBeNull();
  });
});
