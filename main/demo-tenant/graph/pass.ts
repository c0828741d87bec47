import { randomInt } from 'node:crypto';

/**
 * Letters, digits and a few symbols, like real passes (`+drkzqAD`, A.1). Look-alike characters
 * (O/0, l/1/I) stay in: the real service does not drop them either, and the handoff spells
 * every character phonetically.
 */
export const passAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+!@#$%&*?=';

/** A pass of `length` characters drawn with a CSPRNG. Never logged, never stored. */
export function generatePass(length: number): string {
  let pass = '';
  for (let i = 0; i < length; i++) pass += passAlphabet[randomInt(passAlphabet.length)];
  return pass;
}
