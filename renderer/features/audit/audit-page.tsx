/** The audit journal: filter, read, verify the hash chain, export CSV where the technician says. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AuditVerification } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import { AuditFilterForm } from './audit-filter-form';
import { AuditTable } from './audit-table';
import { useAudit } from './use-audit';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalM,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  muted: { color: tokens.colorNeutralForeground2, wordBreak: 'break-all' },
});

function verificationText(v: AuditVerification): string {
  if (v.ok)
    return `Journal intact: ${String(v.entries)} entries${v.segments > 1 ? ` in ${String(v.segments)} segments` : ''}.`;
  if (v.firstBroken)
    return `Journal broken at ${v.firstBroken.file}, line ${String(v.firstBroken.line)}: ${v.firstBroken.reason}`;
  return 'Journal broken.';
}

/** Container + view for the audit journal (small enough to stay one file). */
export function AuditPage() {
  const styles = useStyles();
  const audit = useAudit();
  const v = audit.verification;

  return (
    <div className={styles.root}>
      <Title2 as="h1">Audit journal</Title2>
      {audit.folder ? <Text className={styles.muted}>Stored in {audit.folder}</Text> : null}
      <AuditFilterForm onApply={(args) => void audit.list(args)} />
      <div className={styles.actions}>
        <Button onClick={() => void audit.verify()}>Verify</Button>
        <Button onClick={() => void audit.exportCsv()}>Export CSV</Button>
      </div>
      {v ? (
        <MessageBar intent={v.ok ? 'success' : 'error'} layout="multiline" role="status">
          <MessageBarBody>
            {verificationText(v)}
            {v.tornTail
              ? ` A torn last line was found at ${v.tornTail.file}, line ${String(v.tornTail.line)}.`
              : ''}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {audit.exported ? <Text role="status">{audit.exported}</Text> : null}
      {audit.error ? <ErrorNote error={audit.error} /> : null}
      {audit.entries === null ? null : audit.entries.length === 0 ? (
        <Text>No entries match.</Text>
      ) : (
        <>
          {audit.total > audit.entries.length ? (
            <Text className={styles.muted}>
              Showing the newest {audit.entries.length} of {audit.total} matching entries. Narrow the
              filters, or Export CSV for all of them.
            </Text>
          ) : null}
          <AuditTable entries={audit.entries} />
        </>
      )}
    </div>
  );
}
