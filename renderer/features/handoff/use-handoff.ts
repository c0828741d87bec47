/**
 * The life of one handoff on screen: copy, the clipboard countdown, auto-hide at `hideAt`, hide
 * on main's 'handoff.hidden', on window blur, and when its page goes to the background. Every
 * exit calls `onGone` with a summary, and the caller drops the Handoff (and with it the pass)
 * from React state. No ref here ever holds the handoff: only the id of the one already left.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AppError, Args, Handoff } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';
import type { ClipboardState } from './clipboard-state';
import { summarize, type GoneReason, type GoneSummary } from './gone-summary';

type CloseReason = Args<'handoff.close'>['reason'];

/** Drives the handoff screen for `handoff` (null once it is gone). */
export function useHandoff(
  handoff: Handoff | null,
  onGone: (summary: GoneSummary) => void,
  visible = true,
) {
  const bridge = useBridge();
  const [clipboard, setClipboard] = useState<ClipboardState>({ state: 'idle' });
  const [copyError, setCopyError] = useState<AppError | null>(null);
  const left = useRef<string | null>(null);

  const leave = useCallback(
    (reason: GoneReason, tellMain: CloseReason | null) => {
      if (!handoff || left.current === handoff.handoffId) return;
      left.current = handoff.handoffId;
      if (tellMain)
        void call(bridge, 'handoff.close', { handoffId: handoff.handoffId, reason: tellMain });
      onGone(summarize(handoff, reason));
    },
    [bridge, handoff, onGone],
  );

  // Layout effects, so the listeners exist before the pass is painted: a blur, a hide from main
  // or a clipboard change in the moment after the pass appears is never missed.
  useLayoutEffect(() => bridge.on('clipboard.changed', setClipboard), [bridge]);

  const handoffId = handoff?.handoffId;
  useEffect(() => {
    if (!handoffId) return undefined;
    // Leaving the screen any other way (unmount) still closes the handoff in main.
    return () => {
      if (left.current !== handoffId) {
        left.current = handoffId;
        void call(bridge, 'handoff.close', { handoffId, reason: 'hidden' });
      }
    };
  }, [bridge, handoffId]);

  const hideAt = handoff?.hideAt;
  useLayoutEffect(() => {
    if (!hideAt) return undefined;
    const offHidden = bridge.on('handoff.hidden', (event) => {
      if (event.handoffId === handoffId) leave(event.reason, null);
    });
    const onBlur = () => leave('blur', 'blur');
    window.addEventListener('blur', onBlur);
    const timer = window.setTimeout(
      () => leave('timeout', 'timeout'),
      Math.max(0, new Date(hideAt).getTime() - Date.now()),
    );
    return () => {
      offHidden();
      window.removeEventListener('blur', onBlur);
      window.clearTimeout(timer);
    };
  }, [bridge, handoffId, hideAt, leave]);

  useEffect(() => {
    // Another page came to the front (Audit, Settings): say so, not "you hid the pass".
    if (!visible) leave('page-switched', 'page-switched');
  }, [visible, leave]);

  const copy = useCallback(async () => {
    if (!handoffId) return;
    setCopyError(null);
    const reply = await call(bridge, 'handoff.copy', { handoffId });
    // The clipboard's state comes from main's events alone: main announces "holding" before it
    // replies, and a reply that arrived after a later "cleared" would undo it on screen.
    if (!reply.ok) setCopyError(reply.error);
  }, [bridge, handoffId]);

  return {
    clipboard,
    copyError,
    copy,
    handedOver: useCallback(() => leave('handed-over', 'handed-over'), [leave]),
    hide: useCallback(() => leave('hidden', 'hidden'), [leave]),
  };
}
