import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { AuditEntryView } from '../../../preload/contract';
import { formatLocal, formatUtc } from '../../ui/format-time';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  // Auto layout sizes columns to their content; long UPNs scroll instead of overlapping.
  table: { tableLayout: 'auto', minWidth: '960px' },
  nowrap: { whiteSpace: 'nowrap' },
  details: { minWidth: '280px' },
  // The Graph request id on its own line, whole: support quotes it, so it must not break mid-id.
  requestId: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
  },
});

const resultColor = { success: 'success', failure: 'danger', unknown: 'warning' } as const;

/** The journal entries as a table, in the order main lists them (newest first). */
export function AuditTable({ entries }: Readonly<{ entries: readonly AuditEntryView[] }>) {
  const styles = useStyles();
  return (
    // Focusable and named: on a small screen the table scrolls sideways, and a keyboard user
    // must be able to reach and scroll it (axe: scrollable-region-focusable).
    <div className={styles.wrap} role="region" aria-label="Audit journal entries, scrollable" tabIndex={0}>
      <Table aria-label="Audit journal entries" size="small" className={styles.table}>
        <TableHeader>
          <TableRow>
            {['#', 'Time', 'Action', 'Result', 'Technician', 'Target', 'Ticket', 'Details'].map(
              (h) => (
                <TableHeaderCell key={h}>{h}</TableHeaderCell>
              ),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((e) => (
            <TableRow key={e.seq}>
              <TableCell>{e.seq}</TableCell>
              <TableCell className={styles.nowrap}>
                <time dateTime={e.time} title={formatUtc(e.time)}>
                  {formatLocal(e.time)}
                </time>
              </TableCell>
              <TableCell className={styles.nowrap}>{e.action}</TableCell>
              <TableCell>
                <Badge appearance="tint" color={resultColor[e.result]}>
                  {e.result}
                </Badge>
              </TableCell>
              <TableCell className={styles.nowrap}>{e.technicianUpn ?? '—'}</TableCell>
              <TableCell className={styles.nowrap}>{e.targetUpn ?? '—'}</TableCell>
              <TableCell>{e.ticket ?? '—'}</TableCell>
              <TableCell className={styles.details}>
                {[e.tier, e.errorCode, e.detail].filter(Boolean).join(' · ')}
                {e.requestId ? (
                  <span className={styles.requestId}>request-id {e.requestId}</span>
                ) : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
