/** The sign-in screen (and overlay): browser sign-in, device code fallback, cancel, errors. */
import { Button, Spinner, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { AppError, DemoTechnician, Session } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import { DeviceCodeView } from './device-code-view';
import { TechnicianPicker } from './technician-picker';
import type { SignInRequest } from './use-sign-in';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    alignItems: 'stretch',
    width: '100%',
    maxWidth: '460px',
    // Inside the sign-in-again dialog the panel sits in DialogBody's grid: take the whole row.
    gridColumn: '1 / -1',
  },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground2 },
});

/** Props of the sign-in panel, as the app shell passes them. */
export type SignInPanelProps = Readonly<{
  session: Session | null;
  /** Why sign-in is asked for again, when it is. */
  reason: AppError | null;
  error: AppError | null;
  busy: boolean;
  onSignIn: (request: SignInRequest) => void;
  onCancel: () => void;
}>;

type Props = SignInPanelProps & Readonly<{ technicians: readonly DemoTechnician[] }>;

/** Presentational sign-in panel; in demo mode it asks which seeded technician signs in. */
export function SignInView(props: Props) {
  const { session, reason, error, busy, technicians, onSignIn, onCancel } = props;
  const styles = useStyles();
  const [chosen, setChosen] = useState<string | null>(null);
  const signingIn = session?.state === 'signing-in' || busy;
  const deviceCode = session?.state === 'signing-in' ? session.deviceCode : undefined;
  // Signing in *again* keeps the same person (main remembers them), so no picker then; with a
  // device code, whoever enters the code decides, so the picker would only mislead.
  const picking = reason === null && technicians.length > 0 && !deviceCode;
  const technician = technicians.some((t) => t.upn === chosen) ? chosen : technicians[0]?.upn;
  const request = (flow: SignInRequest['flow']): SignInRequest =>
    picking && technician ? { flow, demoTechnician: technician } : { flow };

  return (
    <div className={styles.root}>
      <Title2 as="h1">{reason ? 'Sign in again' : 'Sign in'}</Title2>
      <Text className={styles.note}>
        {reason
          ? 'Your sign-in needs to be renewed. Your work is kept; you return to it right after.'
          : technicians.length > 0
            ? 'In the demo tenant you pick who you are: each technician has different Entra roles, so each may do different things.'
            : 'TAP Desk acts with your own account, so your Entra roles decide what you may do.'}
      </Text>
      {reason ? <ErrorNote error={reason} /> : null}
      {picking && technician ? (
        <TechnicianPicker
          technicians={technicians}
          value={technician}
          disabled={signingIn}
          onChange={setChosen}
        />
      ) : null}
      {deviceCode ? <DeviceCodeView prompt={deviceCode} demo={technicians.length > 0} /> : null}
      {signingIn && !deviceCode ? <Spinner label="Finish signing in in your browser…" /> : null}
      {error ? <ErrorNote error={error} title="Sign-in did not complete" /> : null}
      <div className={styles.actions}>
        {signingIn ? (
          <Button onClick={onCancel}>Cancel sign-in</Button>
        ) : (
          <>
            <Button appearance="primary" size="large" onClick={() => onSignIn(request('browser'))}>
              Sign in with your work account
            </Button>
            <Button appearance="subtle" onClick={() => onSignIn(request('device-code'))}>
              Use a code instead
            </Button>
          </>
        )}
      </div>
    </div>
  );
}
