import { originOf } from './app-origin';

/** The parts of Electron's `WebFrameMain` the check reads. */
export interface FrameLike {
  readonly url: string;
  readonly origin?: string;
  readonly parent: FrameLike | null;
  readonly processId: number;
  readonly routingId: number;
}

export interface SenderCheck {
  /** `event.senderFrame`: null once the frame navigated away or was destroyed. */
  readonly senderFrame: FrameLike | null;
  /** Our window's `webContents.mainFrame`, or null before the window exists. */
  readonly mainFrame: FrameLike | null;
  /** `app://bundle` in production, the dev server origin in development. */
  readonly appOrigin: string;
}

export type SenderVerdict =
  | { readonly trusted: true }
  | { readonly trusted: false; readonly reason: 'no-frame' | 'no-window' | 'not-top-frame' | 'other-window' | 'wrong-origin' };

function sameFrame(a: FrameLike, b: FrameLike): boolean {
  // WHY ids and not only identity: Electron may hand out a fresh WebFrameMain wrapper for the
  // same render frame; process id + routing id name that frame exactly.
  return a === b || (a.processId === b.processId && a.routingId === b.routingId);
}

/**
 * Is this IPC message from our window's top frame, showing our own origin? Everything else is
 * refused before arguments are even parsed: a subframe, another window, a page that navigated
 * elsewhere, a frame already gone.
 */
export function isTrustedSender(check: SenderCheck): SenderVerdict {
  const { senderFrame, mainFrame, appOrigin } = check;
  if (senderFrame === null) return { trusted: false, reason: 'no-frame' };
  if (mainFrame === null) return { trusted: false, reason: 'no-window' };
  if (senderFrame.parent !== null) return { trusted: false, reason: 'not-top-frame' };
  if (!sameFrame(senderFrame, mainFrame)) return { trusted: false, reason: 'other-window' };
  if (originOf(senderFrame.url) !== appOrigin) return { trusted: false, reason: 'wrong-origin' };
  // Chromium's own view of the origin must agree too (it differs for sandboxed/opaque documents).
  if (senderFrame.origin !== undefined && senderFrame.origin !== appOrigin) {
    return { trusted: false, reason: 'wrong-origin' };
  }
  return { trusted: true };
}
