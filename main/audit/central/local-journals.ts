/** The local journals in a folder, one per desk named in its segment files. */
import { readdir } from 'node:fs/promises';
import { walkJournal } from '../walk';
import type { LocalChain } from './check-desk';

const deskSegment = /^journal-(.+)-\d{4,}\.jsonl$/;

export async function readLocalJournals(folder: string): Promise<Map<string, LocalChain>> {
  const desks = new Set<string>();
  for (const name of await readdir(folder)) {
    const desk = deskSegment.exec(name)?.[1];
    if (desk !== undefined) desks.add(desk);
  }
  const out = new Map<string, LocalChain>();
  for (const desk of desks) {
    const walk = await walkJournal(folder, desk);
    const broken = walk.verification.firstBroken;
    out.set(desk, {
      entries: walk.entries,
      ...(broken ? { broken: `${broken.file} line ${broken.line}: ${broken.reason}` } : {}),
    });
  }
  return out;
}
