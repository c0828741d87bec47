/** The sign-in screen (and overlay): browser sign-in, device code fallback, cancel, errors. */
import { Button, Spinner, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { AppError, Session } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import { DeviceCodeView } from './device-code-view';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    alignItems: 'stretch',
    maxWidth: '460px',
  },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
});

type Props = Readonly<{
  session: Session | null;
  /** Why sign-in is asked for again, when it is. */
  reason: AppError | null;
  error: AppError | null;
  busy: boolean;
  onSignIn: (flow: 'browser' | 'device-code') => void;
  onCancel: () => void;
}>;

/** Presentational sign-in panel. */
export function SignInPanel({ session, reason, error, busy, onSignIn, onCancel }: Props) {
  const styles = useStyles();
  const signingIn = session?.state === 'signing-in' || busy;
  const deviceCode = session?.state === 'signing-in' ? session.deviceCode : undefined;
  return (
    <div className={styles.root}>
      <Title2 as="h1">{reason ? 'Sign in again' : 'Sign in'}</Title2>
      <Text className={styles.note}>
        {reason
          ? 'Your sign-in needs to be renewed. Your work is kept; you return to it right after.'
          : 'TAP Desk acts with your own account, so your Entra roles decide what you may do.'}
      </Text>
      {reason ? <ErrorNote error={reason} /> : null}
      {deviceCode ? <DeviceCodeView prompt={deviceCode} /> : null}
      {signingIn && !deviceCode ? <Spinner label="Finish signing in in your browser…" /> : null}
      {error ? <ErrorNote error={error} title="Sign-in did not complete" /> : null}
      <div className={styles.actions}>
        {signingIn ? (
          <Button onClick={onCancel}>Cancel sign-in</Button>
        ) : (
          <>
            <Button appearance="primary" size="large" onClick={() => onSignIn('browser')}>
              Sign in with your work account
            </Button>
            <Button appearance="subtle" onClick={() => onSignIn('device-code')}>
              Use a code instead
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
