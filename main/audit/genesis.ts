/**
 * The first entry of every new chain. A desk whose journal was deleted or emptied starts again at
 * seq 1; the genesis entry names the desk and the reason, so the central trail sees a restart it
 * did not expect instead of a silent new beginning.
 */
import { GENESIS_HASH, hashEntry, type AuditEntry } from './entry';

export function buildGenesis(desk: string, reason: string, time: string): AuditEntry {
  const body: Omit<AuditEntry, 'hash'> = {
    seq: 1,
    time,
    action: 'genesis',
    result: 'success',
    desk,
    reason,
    prevHash: GENESIS_HASH,
  };
  return { ...body, hash: hashEntry(body) };
}
