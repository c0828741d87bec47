/**
 * Demo entries say so in the entry itself, inside the hash: a demo line copied into a real
 * journal, or a demo journal passed off as real, is visible to anyone who reads it.
 */
import { hashEntry, type AuditEntry } from './entry';

export function markDemo(entry: AuditEntry): AuditEntry {
  const { hash: _hash, ...body } = entry;
  void _hash;
  const marked = { ...body, demo: true };
  return { ...marked, hash: hashEntry(marked) } as AuditEntry;
}
