/**
 * Holds each pass for the life of its handoff and nowhere else in main. While it lives the
 * pass is registered with the redactor, so no log line can carry it; closing drops every
 * reference we hold (JavaScript cannot zero a string, so dropping references is the wipe).
 */
import { randomUUID } from 'node:crypto';
import type { SecretRegistry } from '../log/redactor';
import { AppFailure } from '../kernel/result';

export interface HandoffVault {
  /** Stores a pass; returns the new handoff's id. */
  put(pass: string): string;
  /** The pass of an open handoff. Throws `handoff-gone` once it is closed, or for an unknown id. */
  read(id: string): string;
  /** Whether the handoff is still open. */
  has(id: string): boolean;
  /** Wipes one handoff. Returns false if it was already gone. */
  wipe(id: string): boolean;
  /** Wipes every handoff (quit). */
  wipeAll(): void;
  /** How many passes the vault holds right now: for tests proving the wipe. */
  size(): number;
}

interface Slot {
  pass: string | undefined;
  unregister: () => void;
}

/** Creates an empty vault whose passes are registered with `secrets` while they live. */
export function createHandoffVault(secrets: SecretRegistry): HandoffVault {
  const slots = new Map<string, Slot>();

  const wipe = (id: string): boolean => {
    const slot = slots.get(id);
    if (!slot) return false;
    slot.pass = undefined;
    slot.unregister();
    slots.delete(id);
    return true;
  };

  return {
    put(pass) {
      const id = randomUUID();
      slots.set(id, { pass, unregister: secrets.register(pass) });
      return id;
    },
    read(id) {
      const pass = slots.get(id)?.pass;
      if (pass === undefined) {
        throw new AppFailure(
          'handoff-gone',
          'This pass is no longer available: it was hidden and wiped.',
          'If the user still needs it, mint a new pass.',
        );
      }
      return pass;
    },
    has: (id) => slots.has(id),
    wipe,
    wipeAll() {
      for (const id of [...slots.keys()]) wipe(id);
    },
    size: () => slots.size,
  };
}
