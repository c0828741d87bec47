/**
 * The signed-in frame: header, notices, navigation and the three pages, with the sign-in overlay
 * on top when a sign-in is lost. The issue page stays mounted while other pages are in front,
 * and under the overlay, so no work is lost.
 */
import {
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import type { AppInfo, ConfigView, Technician } from '../preload/contract';
import { AppHeader } from './features/header/app-header';
import { TechnicianBar } from './features/header/technician-bar';
import { IssuePage } from './features/issue/issue-page';
import { ConfigProblems } from './features/settings/config-problems';
import { SignInAgainDialog } from './features/sign-in/sign-in-again-dialog';
import { serveFrom, type QueueServe } from './features/queue/queue-serve';
import { AuditPage, QueuePage, SettingsPage } from './lazy-screens';
import type { AppError, Args } from '../preload/contract';

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column' },
  nav: {
    padding: `0 ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  main: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  notices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

type Page = 'issue' | 'queue' | 'audit' | 'settings';

type Props = Readonly<{
  info: AppInfo;
  config: ConfigView | null;
  technician: Technician | null;
  onSignOut: () => void;
  onSaveHandoff: (args: Args<'config.setHandoff'>) => Promise<AppError | null>;
  /** The sign-in panel, shown over the frame while the sign-in is lost; null otherwise. */
  signInAgain: ReactNode | null;
}>;

/** Header + nav + pages. */
export function AppFrame(props: Props) {
  const { info, config, technician, onSignOut, onSaveHandoff, signInAgain } = props;
  const styles = useStyles();
  const [page, setPage] = useState<Page>('issue');
  // A person picked from the queue: the issue page opens their card with the ticket filled in.
  const [serving, setServing] = useState<QueueServe | null>(null);
  useEffect(() => {
    // Ctrl+K finds a user from any page: bring the issue page forward first.
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') setPage('issue');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className={styles.root}>
      <AppHeader info={info}>
        {technician ? <TechnicianBar technician={technician} onSignOut={onSignOut} /> : null}
      </AppHeader>
      <nav className={styles.nav} aria-label="Main">
        <TabList selectedValue={page} onTabSelect={(_, d) => setPage(d.value as Page)}>
          <Tab value="issue">Issue a pass</Tab>
          <Tab value="queue">Queue</Tab>
          <Tab value="audit">Audit journal</Tab>
          <Tab value="settings">Settings</Tab>
        </TabList>
      </nav>
      <main className={styles.main}>
        <div className={styles.notices}>
          {info.tokenCache === 'memory-only' ? (
            <MessageBar intent="warning">
              <MessageBarBody>
                Sign-in is not remembered: this computer offers no secure storage.
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {config && page !== 'settings' ? <ConfigProblems problems={config.problems} /> : null}
        </div>
        <div hidden={page !== 'issue'}>
          {config ? (
            <IssuePage serve={serving} verification={config.verification.value} visible={page === 'issue'} demo={info.mode === 'demo'} noticeMode={config.noticeMode} />
          ) : null}
        </div>
        {page === 'queue' ? (
          <QueuePage
            onServe={(row) => {
              setServing(serveFrom(row));
              setPage('issue');
            }}
          />
        ) : null}
        {page === 'audit' ? <AuditPage /> : null}
        {page === 'settings' && config ? (
          <SettingsPage
            // Rebuilt only when what is locked changes, so "Saved." survives a save.
            key={JSON.stringify([config.handoff.locked, config.handoff.lockedFields])}
            config={config}
            demoTenantId={info.mode === 'demo' ? info.tenantId : undefined}
            onSave={onSaveHandoff}
          />
        ) : null}
      </main>
      <SignInAgainDialog open={signInAgain !== null}>{signInAgain}</SignInAgainDialog>
    </div>
  );
}
