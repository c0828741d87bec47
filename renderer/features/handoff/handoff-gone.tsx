/**
 * After the pass leaves the screen: whose pass it was, how it left, and the next steps (never
 * "reveal"). A pass that left any way other than "Handed over" may not have reached the person,
 * so revoking it (against the ticket) is always offered then, one-time or not.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { AppError } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import { mayNotHaveReached, type GoneSummary } from './gone-summary';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, outline: 'none' },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    flexWrap: 'wrap',
    alignItems: 'center',
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

const reasonText: Record<GoneSummary['reason'], string> = {
  'handed-over': 'Handed over.',
  timeout: 'The display time ran out.',
  blur: 'TAP Desk lost focus, so the pass was hidden.',
  lock: 'The screen was locked, so the pass was hidden.',
  quit: 'TAP Desk is closing.',
  closed: 'The handoff was closed.',
  hidden: 'You hid the pass.',
  'page-switched': 'You opened another page, so the pass was hidden.',
};

type Props = Readonly<{
  summary: GoneSummary;
  /** The ticket the pass was issued against; a revoke is recorded against it too. */
  ticket: string;
  clipboardLine: string | null;
  revoked: boolean;
  revokeError: AppError | null;
  busy: boolean;
  onRevoke: () => void;
  onReplace: () => void;
  onNextUser: () => void;
}>;

/** Presentational: what is left once the pass is gone. */
export function HandoffGone({
  summary,
  ticket,
  clipboardLine,
  revoked,
  revokeError,
  busy,
  onRevoke,
  onReplace,
  onNextUser,
}: Props) {
  const styles = useStyles();
  const nextRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  const unsure = mayNotHaveReached(summary);
  const who = `${summary.userDisplayName} (${summary.userPrincipalName})`;
  // Handed over: the next person is the likely next step. Otherwise land on the panel itself,
  // so its message is read first and no button is one stray Enter away.
  useEffect(() => {
    if (unsure) rootRef.current?.focus();
    else nextRef.current?.focus();
  }, [unsure]);
  const offerRevoke = !revoked && (unsure || !summary.isUsableOnce);

  return (
    <section ref={rootRef} tabIndex={-1} className={styles.root} aria-label="Handoff finished">
      <MessageBar intent={unsure ? 'warning' : 'success'} layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>{reasonText[summary.reason]}</MessageBarTitle>
          {unsure
            ? `The pass for ${who} left the screen before it was marked as handed over, so it may not have reached them. If they did not note it, revoke it and issue a new one.`
            : `The pass for ${who} is no longer on screen.`}
        </MessageBarBody>
      </MessageBar>
      {clipboardLine ? <Text role="status">{clipboardLine}</Text> : null}
      {revoked ? <Text role="status">The pass was revoked.</Text> : null}
      {revokeError ? <ErrorNote error={revokeError} title="Revoke failed" /> : null}
      <div className={styles.actions}>
        {offerRevoke ? (
          <Button appearance="primary" disabled={busy} onClick={onRevoke}>
            {unsure ? 'Revoke pass' : 'Revoke when done'}
          </Button>
        ) : null}
        <Button onClick={onReplace}>Replace pass</Button>
        <Button
          ref={nextRef}
          appearance="subtle"
          aria-keyshortcuts="Control+K"
          onClick={onNextUser}
        >
          Next user
        </Button>
        <Text size={200} className={styles.muted}>
          {offerRevoke ? `Ticket ${ticket} · ` : ''}Ctrl+K: next user
        </Text>
      </div>
    </section>
  );
}
