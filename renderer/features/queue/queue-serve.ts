/**
 * What the issue page needs to serve a queued person: who (their card opens), the ticket from
 * the CSV, and the row (main marks it done and journals the queue's name). Kept apart from the
 * queue page so the always-loaded frame does not pull that page in.
 */
import type { QueueRowView, UserSummary } from '../../../preload/contract';

export interface QueueServe {
  readonly rowId: string;
  readonly user: UserSummary;
  readonly ticket: string;
}

/** Null for a row whose person was not found yet (nothing to open). */
export function serveFrom(row: QueueRowView): QueueServe | null {
  if (!row.user) return null;
  return {
    rowId: row.id,
    user: { id: row.user.id, displayName: row.user.displayName, userPrincipalName: row.user.userPrincipalName, tags: [] },
    ticket: row.ticket,
  };
}
