/** The clipboard as the handoff screen reports it, driven by 'clipboard.changed' events. */
import type { Events } from '../../../preload/contract';
import { secondsUntil } from '../../ui/format-time';

/** Idle until the technician copies; then main's reports. */
export type ClipboardState = { readonly state: 'idle' } | Events['clipboard.changed'];

/** One line for the technician ("Clipboard clears in 25 s"), or null when nothing was copied. */
export function clipboardText(clip: ClipboardState, nowMs: number): string | null {
  switch (clip.state) {
    case 'idle':
      return null;
    case 'holding':
      return `Copied. Clipboard clears in ${String(secondsUntil(clip.clearsAt, nowMs))} s`;
    case 'cleared':
      return 'Clipboard cleared';
    case 'replaced-by-other':
      return 'Something else was copied; left as is';
  }
}
