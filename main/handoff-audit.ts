/**
 * Journals what happens to a pass on screen: each Copy, and how the pass left the screen (handed
 * over, hidden, timed out, window switched, another page, screen locked, app closed). Once per
 * handoff: the first reason heard wins, so the renderer's "handed over" is not overwritten by the
 * "closed" main emits as it wipes the pass. Never the pass itself: only whose it was.
 */
import type { HandoffEnd, Technician } from '../preload/contract';
import type { AuditJournal } from './audit/journal';
import type { AuditParty } from './audit/entry';

export interface HandoffAudit {
  /** Remembers whose pass a new handoff shows. */
  opened(handoffId: string, target: AuditParty): void;
  /** Records a Copy of the pass. */
  copied(handoffId: string): Promise<void>;
  /** Records how the pass left the screen; later calls for the same handoff do nothing. */
  ended(handoffId: string, how: HandoffEnd): Promise<void>;
}

export function createHandoffAudit(
  journal: () => AuditJournal,
  technician: () => Technician | null,
  onFailure: (error: unknown) => void,
): HandoffAudit {
  const targets = new Map<string, AuditParty>();
  const append = async (action: 'copy' | 'handoff-end', handoffId: string, how?: HandoffEnd) => {
    const target = targets.get(handoffId);
    if (!target) return;
    const who = technician();
    await journal()
      .append({
        action,
        result: 'success',
        target,
        ...(who ? { technician: { upn: who.userPrincipalName, id: who.id } } : {}),
        ...(how ? { handoffEnd: how } : {}),
      })
      .then(() => undefined, onFailure);
  };
  return {
    opened: (handoffId, target) => {
      targets.set(handoffId, target);
    },
    copied: (handoffId) => append('copy', handoffId),
    ended: (handoffId, how) => {
      if (!targets.has(handoffId)) return Promise.resolve();
      const done = append('handoff-end', handoffId, how);
      targets.delete(handoffId);
      return done;
    },
  };
}
