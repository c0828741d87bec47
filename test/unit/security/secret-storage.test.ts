import { describe, expect, it } from 'vitest';
import { chooseSecretStorage } from '../../../main/security/secret-storage';

describe('chooseSecretStorage', () => {
  it('encrypts on Windows and macOS when the OS can', () => {
    expect(chooseSecretStorage({ platform: 'win32', encryptionAvailable: true })).toBe('encrypted');
    expect(chooseSecretStorage({ platform: 'darwin', encryptionAvailable: true })).toBe('encrypted');
  });

  it('keeps secrets in memory when encryption is unavailable', () => {
    expect(chooseSecretStorage({ platform: 'win32', encryptionAvailable: false })).toBe('memory-only');
  });

  it.each(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'])('encrypts on Linux with %s', (backend) => {
    expect(chooseSecretStorage({ platform: 'linux', encryptionAvailable: true, linuxBackend: backend })).toBe('encrypted');
  });

  it.each(['basic_text', 'unknown', undefined])('keeps secrets in memory on Linux with %s', (backend) => {
    expect(
      chooseSecretStorage({ platform: 'linux', encryptionAvailable: true, ...(backend ? { linuxBackend: backend } : {}) }),
    ).toBe('memory-only');
  });
});
