/** After the pass leaves the screen: say so plainly, and offer the next steps (never "reveal"). */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AppError } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import type { GoneSummary } from './gone-summary';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

const reasonText: Record<GoneSummary['reason'], string> = {
  'handed-over': 'Handed over.',
  timeout: 'The display time ran out.',
  blur: 'TAP Desk lost focus, so the pass was hidden.',
  lock: 'The screen was locked, so the pass was hidden.',
  quit: 'TAP Desk is closing.',
  closed: 'The handoff was closed.',
  hidden: 'You hid the pass.',
};

type Props = Readonly<{
  summary: GoneSummary;
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
  clipboardLine,
  revoked,
  revokeError,
  busy,
  onRevoke,
  onReplace,
  onNextUser,
}: Props) {
  const styles = useStyles();
  const handedOver = summary.reason === 'handed-over';
  return (
    <section className={styles.root} aria-label="Handoff finished">
      <MessageBar intent={handedOver ? 'success' : 'info'} layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>{reasonText[summary.reason]}</MessageBarTitle>
          {handedOver
            ? `The pass for ${summary.userPrincipalName} is no longer on screen.`
            : 'The pass is gone. Replace it if the user needs a new one.'}
        </MessageBarBody>
      </MessageBar>
      {clipboardLine ? <Text role="status">{clipboardLine}</Text> : null}
      {revoked ? <Text role="status">The pass was revoked.</Text> : null}
      {revokeError ? <ErrorNote error={revokeError} title="Revoke failed" /> : null}
      <div className={styles.actions}>
        {!summary.isUsableOnce && !revoked ? (
          <Button
            appearance={handedOver ? 'primary' : 'secondary'}
            disabled={busy}
            onClick={onRevoke}
          >
            Revoke when done
          </Button>
        ) : null}
        <Button onClick={onReplace}>Replace pass</Button>
        <Button appearance="subtle" onClick={onNextUser}>
          Next user
        </Button>
      </div>
    </section>
  );
}
