/** The queued people: expected time (sortable), who, ticket, state with reason and fix, actions. */
import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { QueueRowView } from '../../../preload/contract';
import { formatLocal, formatUtc } from '../../ui/format-time';
import { sortQueue, type QueueOrder } from './queue-order';
import { RowStatus } from './row-status';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  table: { tableLayout: 'auto', minWidth: '900px' },
  nowrap: { whiteSpace: 'nowrap' },
  why: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '260px', paddingBlock: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, whiteSpace: 'nowrap' },
});

type Props = Readonly<{
  rows: readonly QueueRowView[];
  busy: boolean;
  onServe: (row: QueueRowView) => void;
  onRecheck: (rowId: string) => void;
}>;

function Why({ row }: Readonly<{ row: QueueRowView }>) {
  const styles = useStyles();
  if (row.state === 'not-checked' && row.reasons.length === 0) return <Text className={styles.hint}>Not checked yet.</Text>;
  return (
    <div className={styles.why}>
      {row.reasons.map((r) => (
        <Text key={r.code + r.message}>
          {r.message} <span className={styles.hint}>{r.hint}</span>
        </Text>
      ))}
      {row.notes.map((n) => (
        <Text key={n} className={styles.muted}>
          {n}
        </Text>
      ))}
      {row.state === 'done' && row.doneAt ? <Text className={styles.hint}>Pass issued {formatLocal(row.doneAt)}.</Text> : null}
    </div>
  );
}

export function QueueTable({ rows, busy, onServe, onRecheck }: Props) {
  const styles = useStyles();
  const [order, setOrder] = useState<QueueOrder>('ascending');
  const sorted = sortQueue(rows, order);
  return (
    <div className={styles.wrap}>
      <Table aria-label="Expected arrivals" size="small" className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell
              sortable
              sortDirection={order}
              onClick={() => setOrder(order === 'ascending' ? 'descending' : 'ascending')}
            >
              Expected
            </TableHeaderCell>
            <TableHeaderCell>Person</TableHeaderCell>
            <TableHeaderCell>Ticket</TableHeaderCell>
            <TableHeaderCell>State</TableHeaderCell>
            <TableHeaderCell>Why, and what to do</TableHeaderCell>
            <TableHeaderCell>Actions</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((row) => {
            const who = row.user?.displayName ?? row.key.value;
            return (
              <TableRow key={row.id}>
                <TableCell className={styles.nowrap}>
                  {row.expectedAt ? <span title={formatUtc(row.expectedAt)}>{formatLocal(row.expectedAt)}</span> : '—'}
                </TableCell>
                <TableCell>
                  <Text weight="semibold">{who}</Text>
                  <br />
                  <Text className={styles.muted}>
                    {row.user?.userPrincipalName ?? (row.key.kind === 'employeeId' ? `Employee ID ${row.key.value}` : row.key.value)}
                  </Text>
                </TableCell>
                <TableCell className={styles.nowrap}>{row.ticket}</TableCell>
                <TableCell>
                  <RowStatus state={row.state} />
                </TableCell>
                <TableCell>
                  <Why row={row} />
                </TableCell>
                <TableCell>
                  <div className={styles.actions}>
                    {row.state === 'ready' ? (
                      <Button appearance="primary" size="small" aria-label={`Serve ${who}`} onClick={() => onServe(row)}>
                        Serve
                      </Button>
                    ) : null}
                    {row.state !== 'done' ? (
                      <Button size="small" disabled={busy} aria-label={`Re-check ${who}`} onClick={() => onRecheck(row.id)}>
                        Re-check
                      </Button>
                    ) : null}
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
