/**
 * Adapts the use cases' audit records to the journal: each entry gets the signed-in technician,
 * and sign-in outcomes are recorded as the session changes. Searches are never recorded.
 */
import type { Session, Technician } from '../../preload/contract';
import type { AuditJournal } from './journal';
import { AppFailure } from '../kernel/result';
import type { AuditSink } from '../tap/audit-sink';

export function tapAuditSink(journal: () => AuditJournal, technician: () => Technician | null): AuditSink {
  return {
    async append(entry) {
      const who = technician();
      await journal().append({
        ...entry,
        target: { upn: entry.target, ...(entry.targetId ? { id: entry.targetId } : {}) },
        ...(who ? { technician: { upn: who.userPrincipalName, id: who.id } } : {}),
      });
    },
  };
}

/** Records each new sign-in (not every silent renewal). */
export function signInAuditor(journal: () => AuditJournal): (session: Session) => Promise<void> {
  let signedIn: string | null = null;
  return async (session) => {
    if (session.state !== 'signed-in') {
      signedIn = null;
      return;
    }
    if (signedIn === session.technician.id) return;
    signedIn = session.technician.id;
    await journal().append({
      action: 'sign-in',
      result: 'success',
      technician: { upn: session.technician.userPrincipalName, id: session.technician.id },
    });
  };
}

/** A sign-in that failed, with its code; the journal being unwritable must not hide the failure. */
export async function journalSignInFailure(journal: AuditJournal, error: unknown): Promise<void> {
  await journal
    .append({ action: 'sign-in', result: 'failure', errorCode: error instanceof AppFailure ? error.code : 'internal' })
    .catch(() => undefined);
}

/** A sign-out by the technician who was signed in (nothing when nobody was). */
export async function journalSignOut(journal: AuditJournal, who: Technician | null): Promise<void> {
  if (!who) return;
  await journal.append({ action: 'sign-out', result: 'success', technician: { upn: who.userPrincipalName, id: who.id } });
}
