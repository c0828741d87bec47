import type { Handoff } from '../../../preload/contract';

/** Why the pass left the screen. */
export type GoneReason =
  | 'handed-over'
  | 'timeout'
  | 'blur'
  | 'lock'
  | 'quit'
  | 'closed'
  | 'hidden'
  | 'page-switched';

/** What is left of a handoff once the pass is gone: never the pass itself. */
export interface GoneSummary {
  readonly reason: GoneReason;
  readonly tapId: string;
  readonly isUsableOnce: boolean;
  readonly userPrincipalName: string;
  readonly userDisplayName: string;
}

/** Whether the pass may not have reached the person (anything but a confirmed hand-over). */
export function mayNotHaveReached(summary: GoneSummary): boolean {
  return summary.reason !== 'handed-over';
}

/** Copies the non-secret facts out of a handoff, so the handoff object can be dropped. */
export function summarize(handoff: Handoff, reason: GoneReason): GoneSummary {
  return {
    reason,
    tapId: handoff.tap.id,
    isUsableOnce: handoff.tap.isUsableOnce,
    userPrincipalName: handoff.userPrincipalName,
    userDisplayName: handoff.userDisplayName,
  };
}
