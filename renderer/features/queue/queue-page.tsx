/**
 * The onboarding queue: import a CSV of expected arrivals, check everyone in advance, then serve
 * each person at the desk (their card opens with the ticket filled in). Every pass is still
 * minted at the desk, one at a time, for the verified person; the queue never holds one.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef } from 'react';
import type { QueueRowView } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import { QueueTable } from './queue-table';
import { useQueue } from './use-queue';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center', flexWrap: 'wrap' },
  file: { display: 'none' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground2, wordBreak: 'break-all' },
});

const count = (rows: readonly QueueRowView[], state: QueueRowView['state']) => rows.filter((r) => r.state === state).length;

export function QueuePage({ onServe }: Readonly<{ onServe: (row: QueueRowView) => void }>) {
  const styles = useStyles();
  const queue = useQueue();
  const fileRef = useRef<HTMLInputElement>(null);
  const view = queue.view;
  const running = view?.progress?.running === true;
  const rows = view?.rows ?? [];

  return (
    <div className={styles.root}>
      <Title2 as="h1">Onboarding queue</Title2>
      <Text>
        Import the day&apos;s expected arrivals (CSV with upn or employeeId, expected, ticket, note) and check them in
        advance. Each pass is still created at the desk, for the person in front of you.
      </Text>
      <div className={styles.actions}>
        <input
          ref={fileRef}
          className={styles.file}
          type="file"
          accept=".csv,text/csv"
          aria-label="CSV file of expected arrivals"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void queue.importFile(file);
          }}
        />
        <Button appearance={rows.length === 0 ? 'primary' : 'secondary'} disabled={running} onClick={() => fileRef.current?.click()}>
          Import CSV…
        </Button>
        {rows.length > 0 ? (
          <>
            <Button appearance="primary" disabled={running} onClick={() => void queue.check()}>
              Check all
            </Button>
            {running ? <Button onClick={() => void queue.cancel()}>Stop checking</Button> : null}
            <Button disabled={running} onClick={() => void queue.exportCsv()}>
              Export the day (CSV)
            </Button>
            <Button disabled={running} onClick={() => void queue.clear()}>
              Clear the queue
            </Button>
          </>
        ) : null}
      </div>
      {view?.name ? (
        <Text className={styles.muted}>
          {view.name}: {rows.length} people · {count(rows, 'ready')} ready · {count(rows, 'blocked')} blocked ·{' '}
          {count(rows, 'done')} done · {count(rows, 'not-checked')} not checked
        </Text>
      ) : null}
      {view && view.rejected.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {view.rejected.length === 1 ? '1 line could not be read' : `${String(view.rejected.length)} lines could not be read`}
            </MessageBarTitle>
            <ul className={styles.list} aria-label="Lines that could not be read">
              {view.rejected.map((r) => (
                <li key={`${String(r.line)}-${r.reason}`}>
                  Line {r.line}: {r.reason}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {view?.progress ? (
        <div role="status" aria-live="polite">
          {running ? <ProgressBar value={view.progress.total ? view.progress.done / view.progress.total : 0} aria-label="Pre-flight progress" /> : null}
          <Text className={styles.muted}>
            {running ? 'Checking' : 'Checked'} {view.progress.done} of {view.progress.total} · {view.progress.requests} Graph
            requests
          </Text>
        </div>
      ) : null}
      {view?.error ? <ErrorNote error={view.error} title="The check stopped" /> : null}
      {queue.error ? <ErrorNote error={queue.error} /> : null}
      {queue.exported ? <Text role="status">{`Exported ${String(queue.exported.rows)} rows to ${queue.exported.path}`}</Text> : null}
      {rows.length > 0 ? (
        <QueueTable rows={rows} busy={running} onServe={onServe} onRecheck={(id) => void queue.check(id)} />
      ) : null}
    </div>
  );
}
