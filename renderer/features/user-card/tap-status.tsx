import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { TapInfo } from '../../../preload/contract';
import { LocalTime } from './local-time';
import { tapStateText } from './tap-state';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  def: { margin: 0 },
  row: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
});

type Props = Readonly<{
  tap: TapInfo | null;
  /** False: the pass could not be read, so "none" would be a claim TAP Desk cannot make. */
  tapRead: boolean;
  canRevoke: boolean;
  /** Why the technician's roles do not allow a revoke: the button is disabled and says so. */
  revokeBlockedReason?: string | null;
  onRevoke: () => void;
}>;

/** The user's current TAP: state, start, expiry, one-time; with Revoke. */
export function TapStatus({ tap, tapRead, canRevoke, revokeBlockedReason, onRevoke }: Props) {
  const styles = useStyles();
  const reasonId = useId();
  if (!tapRead) return <span>Could not be read with your roles: a new pass would replace any the user has.</span>;
  if (!tap) return <span>No Temporary Access Pass</span>;
  return (
    <div>
      <div className={styles.row}>
        <Badge appearance="tint" color={tap.isUsable ? 'success' : 'subtle'} size="large">
          {tapStateText[tap.state]}
        </Badge>
        {canRevoke ? (
          <Button
            appearance="secondary"
            disabledFocusable={Boolean(revokeBlockedReason)}
            aria-describedby={revokeBlockedReason ? reasonId : undefined}
            onClick={onRevoke}
          >
            Revoke pass
          </Button>
        ) : null}
      </div>
      {canRevoke && revokeBlockedReason ? (
        <Text id={reasonId} size={200} className={styles.term}>
          {revokeBlockedReason}
        </Text>
      ) : null}
      <dl className={styles.grid}>
        <dt className={styles.term}>Starts</dt>
        <dd className={styles.def}>
          <LocalTime iso={tap.startDateTime} />
        </dd>
        <dt className={styles.term}>Expires</dt>
        <dd className={styles.def}>
          <LocalTime iso={tap.expiresDateTime} />
        </dd>
        <dt className={styles.term}>Use</dt>
        <dd className={styles.def}>{tap.isUsableOnce ? 'One-time' : 'Multi-use'}</dd>
      </dl>
    </div>
  );
}
