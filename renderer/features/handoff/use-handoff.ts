/**
 * The life of one handoff on screen: copy, the clipboard countdown, auto-hide at `hideAt`, hide
 * on main's 'handoff.hidden', on window blur and on Escape. Every exit calls `onGone` with a
 * summary, and the caller drops the Handoff (and with it the pass) from React state.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, Handoff } from '../../../preload/contract';
import { call, useBridge } from '../../bridge';
import type { ClipboardState } from './clipboard-state';
import { summarize, type GoneReason, type GoneSummary } from './gone-summary';

type CloseReason = 'handed-over' | 'hidden' | 'timeout' | 'blur';

/** Drives the handoff screen for `handoff` (null once it is gone). */
export function useHandoff(handoff: Handoff | null, onGone: (summary: GoneSummary) => void, visible = true) {
  const bridge = useBridge();
  const [clipboard, setClipboard] = useState<ClipboardState>({ state: 'idle' });
  const [copyError, setCopyError] = useState<AppError | null>(null);
  const current = useRef<Handoff | null>(null);
  const onGoneRef = useRef(onGone);

  // Declared first so its cleanup runs first: leaving the screen without a button still closes.
  useEffect(
    () => () => {
      const shown = current.current;
      if (shown) void call(bridge, 'handoff.close', { handoffId: shown.handoffId, reason: 'hidden' });
    },
    [bridge],
  );

  useEffect(() => {
    current.current = handoff;
    onGoneRef.current = onGone;
    // Drop our own reference when the handoff leaves, so only React's current state ever holds it.
    return () => {
      current.current = null;
    };
  }, [handoff, onGone]);

  const leave = useCallback((reason: GoneReason, tellMain: CloseReason | null) => {
    const shown = current.current;
    if (!shown) return;
    current.current = null;
    if (tellMain) void call(bridge, 'handoff.close', { handoffId: shown.handoffId, reason: tellMain });
    onGoneRef.current(summarize(shown, reason));
  }, [bridge]);

  useEffect(() => {
    const offClip = bridge.on('clipboard.changed', (state) => setClipboard(state));
    const offHidden = bridge.on('handoff.hidden', ({ handoffId, reason }) => {
      if (current.current?.handoffId === handoffId) leave(reason, null);
    });
    return () => {
      offClip();
      offHidden();
    };
  }, [bridge, leave]);

  const handoffId = handoff?.handoffId;
  const hideAt = handoff?.hideAt;
  useEffect(() => {
    if (!handoffId || !hideAt) return undefined;
    const onBlur = () => leave('blur', 'blur');
    window.addEventListener('blur', onBlur);
    const timer = window.setTimeout(() => leave('timeout', 'timeout'), Math.max(0, new Date(hideAt).getTime() - Date.now()));
    return () => {
      window.removeEventListener('blur', onBlur);
      window.clearTimeout(timer);
    };
  }, [handoffId, hideAt, leave]);

  useEffect(() => {
    if (!visible) leave('hidden', 'hidden');
  }, [visible, leave, handoffId]);

  const copy = useCallback(async () => {
    const shown = current.current;
    if (!shown) return;
    setCopyError(null);
    const reply = await call(bridge, 'handoff.copy', { handoffId: shown.handoffId });
    if (reply.ok) setClipboard({ state: 'holding', clearsAt: reply.value.clearsAt });
    else setCopyError(reply.error);
  }, [bridge]);

  return {
    clipboard,
    copyError,
    copy,
    handedOver: useCallback(() => leave('handed-over', 'handed-over'), [leave]),
    hide: useCallback(() => leave('hidden', 'hidden'), [leave]),
  };
}
