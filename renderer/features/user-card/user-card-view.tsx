/** The user card: who this is, how they sign in today, their current TAP, and the policy verdict. */
import {
  Avatar,
  Badge,
  Subtitle2,
  Text,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { UserCard } from '../../../preload/contract';
import { LocalTime } from './local-time';
import { PreflightVerdict } from './preflight-verdict';
import { TapStatus } from './tap-status';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  head: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'center' },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  upn: { color: tokens.colorNeutralForeground2, wordBreak: 'break-all' },
  tags: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXS,
    flexWrap: 'wrap',
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2 },
  def: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  methods: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

type Props = Readonly<{
  card: UserCard;
  revokeBlockedReason?: string | null;
  onRevoke: () => void;
}>;

/** Presentational view of `users.card`. */
export function UserCardView({ card, revokeBlockedReason, onRevoke }: Props) {
  const styles = useStyles();
  const { user } = card;
  const facts: [string, ReactNode][] = [
    ['Account', user.accountEnabled ? 'Enabled' : 'Disabled'],
    ['User type', user.userType],
    ['Source', user.onPremisesSyncEnabled ? 'Synced from on-premises AD' : 'Cloud only'],
    ['Job title', user.jobTitle ?? '—'],
    ['Department', user.department ?? '—'],
    ['Employee ID', user.employeeId ?? '—'],
    ['Created', user.createdDateTime ? <LocalTime iso={user.createdDateTime} /> : '—'],
    [
      'Admin role',
      user.isAdmin === null ? 'Unknown (cannot read roles)' : user.isAdmin ? 'Yes' : 'No',
    ],
  ];
  return (
    <section className={styles.root} aria-labelledby="user-card-name">
      <div className={styles.head}>
        <Avatar name={user.displayName} color="colorful" size={56} aria-hidden="true" />
        <div className={styles.who}>
          <Title3 as="h2" id="user-card-name">
            {user.displayName}
          </Title3>
          <Text className={styles.upn}>{user.userPrincipalName}</Text>
          <div className={styles.tags}>
            {user.tags.map((tag) => (
              <Badge
                key={tag}
                appearance="tint"
                color={
                  tag === 'Disabled' ? 'danger' : tag === 'Admin' ? 'important' : 'informative'
                }
              >
                {tag}
              </Badge>
            ))}
          </div>
        </div>
      </div>
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <div key={term} className={styles.pair}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.def}>{value}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.section}>
        <Subtitle2 as="h3">Sign-in methods</Subtitle2>
        {card.methods === null ? (
          <Text>Cannot read this user's methods with your permissions.</Text>
        ) : card.methods.length === 0 ? (
          <Text>No methods registered.</Text>
        ) : (
          <ul className={styles.methods}>
            {card.methods.map((m, i) => (
              <li key={`${m.kind}-${String(i)}`}>
                {m.label}
                {m.detail ? <Text className={styles.upn}> · {m.detail}</Text> : null}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className={styles.section}>
        <Subtitle2 as="h3">Temporary Access Pass</Subtitle2>
        <TapStatus
          tap={card.tap}
          tapRead={card.tapRead}
          canRevoke={card.tap !== null}
          revokeBlockedReason={revokeBlockedReason}
          onRevoke={onRevoke}
        />
      </div>
      <div className={styles.section}>
        <Subtitle2 as="h3">Checks before a pass</Subtitle2>
        <PreflightVerdict preflight={card.preflight} />
      </div>
    </section>
  );
}
