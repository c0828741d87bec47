/**
 * The one way the renderer revokes a pass. Every screen that offers Revoke names its target in
 * full (the user the pass belongs to, never whoever is selected now) and the ticket it is
 * recorded against; main checks that ticket as it does for a mint.
 */
import type { AppError, Bridge } from '../../../preload/contract';
import { call } from '../../bridge';

export interface RevokeTarget {
  /** The pass's own user (object id or UPN): for a handoff, the user it was minted for. */
  readonly user: string;
  readonly tapId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  /** The ticket the revoke is recorded against; empty until there is a valid one. */
  readonly ticket: string;
}

/** Sends the revoke; resolves to the error to show, or null when the pass is gone. */
export async function revokePass(bridge: Bridge, target: RevokeTarget): Promise<AppError | null> {
  const reply = await call(bridge, 'tap.revoke', {
    user: target.user,
    tapId: target.tapId,
    ticket: target.ticket,
  });
  return reply.ok ? null : reply.error;
}
