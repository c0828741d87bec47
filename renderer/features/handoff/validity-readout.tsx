import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Handoff } from '../../../preload/contract';
import { formatLocal, formatRelative, formatUtc } from '../../ui/format-time';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  def: { margin: 0, fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-all' },
});

/** What to read out with the pass: validity, use, the account and where to go next (never the pass). */
export function ValidityReadout({ handoff, nowMs }: Readonly<{ handoff: Handoff; nowMs: number }>) {
  const styles = useStyles();
  const { tap } = handoff;
  const startsNow = new Date(tap.startDateTime).getTime() <= nowMs;
  const rows: [string, ReactNode][] = [
    [
      'Starts',
      <time key="s" dateTime={tap.startDateTime} title={formatUtc(tap.startDateTime)}>
        {startsNow
          ? 'Now'
          : `${formatLocal(tap.startDateTime)} (${formatRelative(tap.startDateTime, nowMs)})`}
      </time>,
    ],
    [
      'Expires',
      <time key="e" dateTime={tap.expiresDateTime} title={formatUtc(tap.expiresDateTime)}>
        {formatLocal(tap.expiresDateTime)} ({formatRelative(tap.expiresDateTime, nowMs)})
      </time>,
    ],
    ['Use', tap.isUsableOnce ? 'One-time: it works for one sign-in' : 'Multi-use until it expires'],
    ['Sign in as', handoff.userPrincipalName],
    ['Next', 'Go to https://aka.ms/mysecurityinfo'],
  ];
  return (
    <dl className={styles.grid}>
      {rows.map(([term, value]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.def}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
