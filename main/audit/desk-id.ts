/**
 * The desk's stable id: the machine policy's when it sets one (the strong choice: the central
 * side knows its desks), otherwise generated once and kept in the profile. Losing the profile
 * makes a new desk appear centrally, with a genesis entry, which is the point: it is visible.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deskIdPattern } from '../config/forwarding-fields';

export function deskIdFile(userData: string): string {
  return join(userData, 'audit-forwarding', 'desk-id');
}

export async function resolveDeskId(policyDeskId: string | null, userData: string): Promise<string> {
  if (policyDeskId !== null) return policyDeskId;
  const file = deskIdFile(userData);
  const kept = (await readFile(file, 'utf8').catch(() => '')).trim();
  if (deskIdPattern.test(kept)) return kept;
  const made = `desk-${randomBytes(6).toString('hex')}`;
  await mkdir(dirname(file), { recursive: true });
  // 'wx': two windows starting at once must not each make an id; the loser reads the winner's.
  try {
    await writeFile(file, `${made}\n`, { flag: 'wx', mode: 0o600 });
    return made;
  } catch {
    const winner = (await readFile(file, 'utf8').catch(() => '')).trim();
    return deskIdPattern.test(winner) ? winner : made;
  }
}
