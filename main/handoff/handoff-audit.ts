/**
 * Journals what happens to a pass on screen: each Copy, and how the pass left the screen (handed
 * over, hidden, timed out, window switched, another page, screen locked, app closed), and each
 * time the technician asks for the read-aloud spelling of a pass on the customer display. Once per
 * handoff: the first reason heard wins, so the renderer's "handed over" is not overwritten by the
 * "closed" main emits as it wipes the pass. Never the pass itself: only whose it was, and
 * whether it was shown on the customer display rather than at the desk.
 */
import type { Handoff, HandoffEnd, Technician } from '../../preload/contract';
import type { AuditJournal } from '../audit/journal';
import type { AuditParty } from '../audit/entry';

export interface HandoffAudit {
  /** Remembers whose pass a new handoff shows, and where. */
  opened(handoffId: string, target: AuditParty, shownOn: Handoff['shownOn']): void;
  /** Records a Copy of the pass. */
  copied(handoffId: string): Promise<void>;
  /**
   * Records that the technician asked for the read-aloud spelling (they then hold the pass).
   * Rejects when the journal cannot write it: the spelling is then not shown.
   */
  spelled(handoffId: string): Promise<void>;
  /** Records how the pass left the screen; later calls for the same handoff do nothing. */
  ended(handoffId: string, how: HandoffEnd): Promise<void>;
}

export function createHandoffAudit(
  journal: () => AuditJournal,
  technician: () => Technician | null,
  onFailure: (error: unknown) => void,
): HandoffAudit {
  const shown = new Map<string, { target: AuditParty; onCustomerDisplay: boolean }>();
  const append = async (
    action: 'copy' | 'spelling-shown' | 'handoff-end',
    handoffId: string,
    how?: HandoffEnd,
    /** Let a failed write reject, so what it records is refused (never shown unrecorded). */
    strict = false,
  ) => {
    const handoff = shown.get(handoffId);
    if (!handoff) return;
    const who = technician();
    const written = journal().append({
      action,
      result: 'success',
      target: handoff.target,
      ...(who ? { technician: { upn: who.userPrincipalName, id: who.id } } : {}),
      ...(how ? { handoffEnd: how } : {}),
      ...(handoff.onCustomerDisplay ? { shownOn: 'customer-display' as const } : {}),
    });
    if (strict) await written;
    else await written.then(() => undefined, onFailure);
  };
  return {
    opened: (handoffId, target, shownOn) => {
      shown.set(handoffId, { target, onCustomerDisplay: shownOn === 'customer-display' });
    },
    copied: (handoffId) => append('copy', handoffId),
    spelled: (handoffId) => append('spelling-shown', handoffId, undefined, true),
    ended: (handoffId, how) => {
      if (!shown.has(handoffId)) return Promise.resolve();
      const done = append('handoff-end', handoffId, how);
      shown.delete(handoffId);
      return done;
    },
  };
}
