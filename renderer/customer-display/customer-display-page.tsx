/**
 * What the person at the desk sees on the second display: their pass in large grouped text, its
 * QR code, the account to sign in as and how long it stays. Nothing else: no technician
 * controls, nothing to click. The pass leaves the page when main wipes it or its time is up.
 */
import {
  Badge,
  ProgressBar,
  Text,
  Title1,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { CustomerPassView } from '../../preload/contract';
import { copySealHandlers, sealedStyle } from '../features/handoff/copy-seal';
import { PassDisplay } from '../features/handoff/pass-display';
import { QrCode } from '../features/handoff/qr-code';
import { CspFluentProvider } from '../theme/csp-fluent-provider';
import { pickTheme } from '../theme/themes';
import { usePrefersDark } from '../theme/use-color-scheme';
import { secondsUntil } from '../ui/format-time';
import { useNow } from '../ui/use-now';
import type { CustomerPassStore } from './customer-pass-store';

const useStyles = makeStyles({
  page: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalXXL,
    padding: tokens.spacingHorizontalXXXL,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    // A short display (a small laptop turned round): everything still fits without scrolling.
    '@media (max-height: 760px)': { gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
    // Nothing to select, copy or drag on a screen the person only reads (copy-seal.ts).
    ...sealedStyle,
  },
  card: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalXXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusXLarge,
    boxShadow: tokens.shadow16,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    maxWidth: '100%',
    '@media (max-height: 760px)': {
      padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
      rowGap: tokens.spacingVerticalS,
    },
  },
  passColumn: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  countdown: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  qr: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    '@media (max-height: 760px)': { '& svg': { width: '170px', height: '170px' } },
  },
  note: { color: tokens.colorNeutralForeground2, textAlign: 'center' },
});

export function CustomerDisplayPage({ store }: Readonly<{ store: CustomerPassStore }>) {
  const view = useSyncExternalStore(store.subscribe, store.get);
  // The demo tenant's purple, as on the desk: a demo pass never looks like a real one.
  const theme = pickTheme(view?.demo === true, usePrefersDark());
  return (
    <CspFluentProvider theme={theme}>
      {view ? (
        <CustomerPass key={view.handoffId} view={view} store={store} />
      ) : (
        <Waiting />
      )}
    </CspFluentProvider>
  );
}

function Waiting() {
  const styles = useStyles();
  return (
    <main className={styles.page}>
      <Text size={500} className={styles.note}>
        Your pass appears here when the technician creates it.
      </Text>
    </main>
  );
}

type PassProps = Readonly<{ view: CustomerPassView; store: CustomerPassStore }>;

function CustomerPass({ view, store }: PassProps) {
  const styles = useStyles();
  const now = useNow(1000);
  const left = secondsUntil(view.hideAt, now);
  const [total] = useState(() => Math.max(1, secondsUntil(view.hideAt, Date.now())));
  // Main hides it on time too; this is the page's own guard if main's word never arrives.
  const { handoffId, hideAt } = view;
  useEffect(() => {
    const timer = window.setTimeout(
      () => store.drop(handoffId),
      Math.max(0, Date.parse(hideAt) - Date.now()),
    );
    return () => window.clearTimeout(timer);
  }, [store, handoffId, hideAt]);
  return (
    <main className={styles.page} aria-labelledby="customer-title" {...copySealHandlers}>
      {view.demo ? (
        <Badge appearance="filled" color="brand" size="extra-large">
          Demo tenant: this pass is for training only
        </Badge>
      ) : null}
      <Title1 as="h1" id="customer-title">
        Your Temporary Access Pass
      </Title1>
      <Title3 as="p">Sign in as {view.userPrincipalName}</Title3>
      <div className={styles.card}>
        <div className={styles.passColumn}>
          <PassDisplay pass={view.pass} />
          <div className={styles.countdown}>
            <ProgressBar
              value={Math.min(1, left / total)}
              thickness="large"
              aria-label="Time until the pass hides"
            />
            <Text role="timer" aria-live="off" className={styles.note}>
              Hides in {left} s
            </Text>
          </div>
        </div>
        {view.showQr ? (
          <div className={styles.qr}>
            <QrCode value={view.pass} label="QR code of your pass" pixels={260} />
            <Text size={200} className={styles.note}>
              Scan only on the device you will sign in on.
            </Text>
          </div>
        ) : null}
      </div>
      <Text size={400} className={styles.note}>
        Type it exactly as shown. Capital and small letters differ; the small words under some
        characters tell look-alikes apart.
      </Text>
    </main>
  );
}
