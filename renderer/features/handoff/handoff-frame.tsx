/**
 * What both handoff screens share, the desk's and the one for a pass on the customer display: a
 * section that takes focus before paint and hides on Esc, the title naming whose pass it is, and
 * the countdown to the hide.
 */
import { ProgressBar, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Handoff } from '../../../preload/contract';
import { secondsUntil } from '../../ui/format-time';

const useStyles = makeStyles({
  head: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  countdown: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  note: { color: tokens.colorNeutralForeground2 },
});

/** The section's focus and keys. `reveal` runs once it has focus (scrolling what matters into view). */
export function useHandoffSection(
  onHide: () => void,
  reveal: (root: HTMLElement | null) => void,
): { rootRef: RefObject<HTMLElement | null>; onKeyDown: (event: KeyboardEvent) => void } {
  const rootRef = useRef<HTMLElement>(null);
  // Before paint, so no key pressed as the screen appears lands on the form left behind.
  useLayoutEffect(() => {
    rootRef.current?.focus({ preventScroll: true });
    reveal(rootRef.current);
    // Once, as the screen opens: a later render must not pull focus back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onHide();
    }
  };
  return { rootRef, onKeyDown };
}

export function HandoffTitle({ handoff, note }: Readonly<{ handoff: Handoff; note: string }>) {
  const styles = useStyles();
  return (
    <div className={styles.head}>
      <Title3 as="h2" id="handoff-title">
        {handoff.replaced ? 'New pass (the old one is gone)' : 'Temporary Access Pass'} for{' '}
        {handoff.userDisplayName}
      </Title3>
      <Text className={styles.note}>{note}</Text>
    </div>
  );
}

export function HandoffCountdown({ hideAt, nowMs }: Readonly<{ hideAt: string; nowMs: number }>) {
  const styles = useStyles();
  const left = secondsUntil(hideAt, nowMs);
  // The bar runs from the time left when the screen opened down to zero.
  const [total] = useState(() => Math.max(1, left));
  return (
    <div className={styles.countdown}>
      <ProgressBar value={Math.min(1, left / total)} thickness="large" aria-label="Time until the pass hides" />
      <Text role="timer" aria-live="off" className={styles.note}>
        Hides in {left} s
      </Text>
    </div>
  );
}
