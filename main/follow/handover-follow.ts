/**
 * From hand-over to following: remembers whose pass each handoff shows (never the pass), starts
 * following that person when the technician says "Handed over", and journals a registration with
 * the ticket the pass was issued under.
 */
import type { EventSink } from '../kernel/events';
import type { AuditJournal } from '../audit/journal';
import type { Technician } from '../../preload/contract';
import type { HandoffMeta } from '../handoff/handoff-session';
import type { FollowDeps, FollowService, FollowStart } from './follow-service';
import type { Followed } from './follow-state';

export interface FollowPolicy {
  readonly waitMinutes: number;
  readonly revokeOnRegistration: boolean;
}

export interface HandoverFollow {
  /** What a connection needs to build its follow service. */
  readonly deps: Pick<FollowDeps, 'waitMinutes' | 'revokeOnRegistration' | 'journalRegistered' | 'onChange'>;
  /** A handoff opened for `meta`'s person. */
  opened(handoffId: string, meta: HandoffMeta): void;
  /** The handoff closed; on "handed-over" the person is followed. */
  closed(handoffId: string, reason: string, follow: FollowService | undefined): void;
}

export function createHandoverFollow(
  journal: () => AuditJournal,
  technician: () => Technician | null,
  policy: () => FollowPolicy,
  emit: EventSink,
): HandoverFollow {
  const pending = new Map<string, FollowStart>();
  const journalRegistered = async (followed: Followed): Promise<void> => {
    const who = technician();
    await journal().append({
      action: 'registered',
      result: 'success',
      target: { upn: followed.userPrincipalName, id: followed.userId },
      registered: followed.registered?.label ?? 'a passwordless method',
      ...(followed.ticket ? { ticket: followed.ticket } : {}),
      ...(who ? { technician: { upn: who.userPrincipalName, id: who.id } } : {}),
    });
  };
  return {
    deps: {
      waitMinutes: () => policy().waitMinutes,
      revokeOnRegistration: () => policy().revokeOnRegistration,
      journalRegistered,
      onChange: (list) => emit('follow.changed', list),
    },
    opened(handoffId, meta) {
      if (!meta.userId) return;
      pending.set(handoffId, {
        userId: meta.userId,
        displayName: meta.userDisplayName,
        userPrincipalName: meta.userPrincipalName,
        tapId: meta.tap.id,
        tapCreatedAt: Date.parse(meta.tap.createdDateTime),
        isUsableOnce: meta.tap.isUsableOnce,
        ...(meta.ticket ? { ticket: meta.ticket } : {}),
      });
    },
    closed(handoffId, reason, follow) {
      const start = pending.get(handoffId);
      pending.delete(handoffId);
      if (start && reason === 'handed-over') follow?.start(start);
    },
  };
}
