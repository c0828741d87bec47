/**
 * Chooses the screen: first run, sign-in, or the signed-in frame (with the sign-in overlay when
 * a sign-in is lost mid-task). Also picks the theme: OS light/dark, purple in demo mode.
 */
import { Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { AppHeader } from './features/header/app-header';
import { useFirstRun } from './features/first-run/use-first-run';
import { ConfigProblems } from './features/settings/config-problems';
import { useConfig } from './features/settings/use-config';
import { SignInView } from './features/sign-in/sign-in-view';
import { useSignIn } from './features/sign-in/use-sign-in';
import { useSession } from './session/session-provider';
import { CspFluentProvider } from './theme/csp-fluent-provider';
import { pickTheme } from './theme/themes';
import { usePrefersDark } from './theme/use-color-scheme';
import { ErrorNote } from './ui/error-note';
import { AppFrame, FirstRunForm, TenantCorrection } from './lazy-screens';
import { useAppInfo } from './use-app-info';
import { usePrefetchWhenIdle } from './use-prefetch-when-idle';

const useStyles = makeStyles({
  page: { minHeight: '100vh' },
  centre: {
    padding: `${tokens.spacingVerticalXXXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalL,
  },
});

/** The whole app below the providers. */
const noTechnicians: readonly never[] = [];

export function App() {
  const styles = useStyles();
  const dark = usePrefersDark();
  const app = useAppInfo();
  const { config, refresh: refreshConfig, setHandoff } = useConfig();
  const { session, signInNeeded } = useSession();
  const signIn = useSignIn();
  const firstRun = useFirstRun(() => {
    void app.refresh();
    void refreshConfig();
  });
  // Once signed in, the frame stays (under an overlay) until the technician signs out.
  const [keepFrame, setKeepFrame] = useState(false);
  const signedIn = session?.state === 'signed-in';
  if (signedIn && !keepFrame) setKeepFrame(true);

  const info = app.info;
  const theme = pickTheme(info?.mode === 'demo', dark);
  // Demo mode names the seeded technicians a trainee may sign in as; main knows them.
  const technicians = info?.mode === 'demo' ? (info.demoTechnicians ?? noTechnicians) : noTechnicians;
  const signInPanel = (
    <SignInView
      technicians={technicians}
      session={session}
      reason={
        keepFrame
          ? (signInNeeded ??
            (signedIn
              ? null
              : { code: 'interaction-required', message: 'Your sign-in has expired.' }))
          : null
      }
      error={signIn.error}
      busy={signIn.busy}
      onSignIn={(flow) => void signIn.signIn(flow)}
      onCancel={() => void signIn.cancel()}
    />
  );

  const screen = !info
    ? 'starting'
    : info.mode === 'unconfigured'
      ? 'first-run'
      : signedIn || keepFrame
        ? 'desk'
        : session === null
          ? 'checking'
          : 'sign-in';
  // The signed-in frame is a chunk of its own: fetched while the technician reads this screen.
  usePrefetchWhenIdle(AppFrame.prefetch, screen === 'sign-in');

  let body;
  if (!info) {
    body = (
      <main className={styles.centre}>
        {app.error ? <ErrorNote error={app.error} /> : <Spinner label="Starting TAP Desk…" />}
      </main>
    );
  } else if (screen === 'first-run') {
    body = (
      <main className={styles.centre}>
        {config ? <ConfigProblems problems={config.problems} /> : null}
        <FirstRunForm
          error={firstRun.error}
          busy={firstRun.busy}
          onSave={(t, c, cl) => void firstRun.save(t, c, cl)}
          onUseDemo={() => void firstRun.useDemo()}
        />
      </main>
    );
  } else if (screen === 'desk') {
    body = (
      <AppFrame
        info={info}
        config={config}
        technician={session?.state === 'signed-in' ? session.technician : null}
        onSignOut={() => {
          setKeepFrame(false);
          void signIn.signOut();
        }}
        onSaveHandoff={setHandoff}
        signInAgain={!signedIn || signInNeeded !== null ? signInPanel : null}
      />
    );
  } else if (screen === 'checking') {
    body = (
      <main className={styles.centre}>
        <Spinner label="Checking your sign-in…" />
      </main>
    );
  } else {
    body = (
      <>
        <AppHeader info={info} />
        <main className={styles.centre}>
          {config ? <ConfigProblems problems={config.problems} /> : null}
          {signInPanel}
          {/* A mistyped tenant or client ID stops sign-in: it can be corrected right here. */}
          {config && info.mode === 'tenant' ? <TenantCorrection config={config} /> : null}
        </main>
      </>
    );
  }
  return (
    // The page class stays off the provider: Fluent copies provider classes onto every portal,
    // and a full-height portal would blank the page behind each dialog.
    <CspFluentProvider theme={theme}>
      <div className={styles.page}>{body}</div>
    </CspFluentProvider>
  );
}
