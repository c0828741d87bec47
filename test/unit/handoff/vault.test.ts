import { describe, expect, it } from 'vitest';
import { createHandoffVault } from '../../../main/handoff/vault';
import { createRedactor } from '../../../main/log/redactor';
import { AppFailure } from '../../../main/kernel/result';

const PASS = 'Vault+Pass8';

describe('createHandoffVault', () => {
  it('holds a pass under a fresh UUID and registers it with the redactor while it lives', () => {
    const redactor = createRedactor();
    const vault = createHandoffVault(redactor);
    const id = vault.put(PASS);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(vault.read(id)).toBe(PASS);
    expect(redactor.redactText(`leak ${PASS}`)).toBe('leak [redacted]');
    expect(vault.put(PASS)).not.toBe(id);
  });

  it('cannot be read again once wiped: handoff-gone', () => {
    const redactor = createRedactor();
    const vault = createHandoffVault(redactor);
    const id = vault.put(PASS);
    expect(vault.wipe(id)).toBe(true);
    expect(vault.has(id)).toBe(false);
    expect(vault.size()).toBe(0);
    const error = (() => {
      try {
        vault.read(id);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).code).toBe('handoff-gone');
    expect((error as AppFailure).message).not.toContain(PASS);
    expect(vault.wipe(id)).toBe(false);
    // The redactor no longer holds a reference to the pass either.
    expect(redactor.contains(PASS)).toBe(false);
  });

  it('throws handoff-gone for an id it never issued', () => {
    const vault = createHandoffVault(createRedactor());
    expect(() => vault.read('00000000-0000-4000-8000-000000000000')).toThrow(AppFailure);
  });

  it('wipes everything on wipeAll', () => {
    const vault = createHandoffVault(createRedactor());
    const a = vault.put('first-pass-1');
    const b = vault.put('second-pass-2');
    vault.wipeAll();
    expect(vault.size()).toBe(0);
    expect(vault.has(a) || vault.has(b)).toBe(false);
  });
});
