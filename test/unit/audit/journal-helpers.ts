import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createManualClock } from '../../fakes/manual-clock';
import type { AuditInput } from '../../../main/audit/entry';

/** A fresh temp folder for one journal; `cleanup` removes it. */
export async function tempFolder(): Promise<{ folder: string; cleanup: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'tap-audit-'));
  return { folder, cleanup: () => rm(folder, { recursive: true, force: true }) };
}

export const clock = () => createManualClock(Date.parse('2026-11-26T09:00:00Z'));

/** A mint entry for technician `tech` and target `target`. */
export function mint(n: number, overrides: Partial<AuditInput> = {}): AuditInput {
  return {
    action: 'mint',
    result: 'success',
    technician: { upn: 'tech@contoso.test', id: '11111111-1111-1111-1111-111111111111' },
    target: {
      upn: `user${n}@contoso.test`,
      id: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
    },
    ticket: `INC${1000 + n}`,
    tier: 'standard',
    checklist: ['photo-id'],
    method: 'in-person',
    lifetimeInMinutes: 60,
    isUsableOnce: true,
    requestId: `req-${n}`,
    ...overrides,
  };
}

/** The lines of a segment file (without the trailing empty string). */
export async function readLines(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8');
  return text.split('\n').filter((line, i, all) => !(i === all.length - 1 && line === ''));
}

export async function writeLines(path: string, lines: readonly string[]): Promise<void> {
  await writeFile(path, lines.map((line) => `${line}\n`).join(''));
}
