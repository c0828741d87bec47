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
import { usePhotoUrl } from './use-photo-url';

function managerText(manager: UserCard['user']['manager']): string {
  if (manager === 'none') return 'None in the directory';
  if (manager === 'unknown') return 'Could not be read';
  return manager.jobTitle ? `${manager.displayName} (${manager.jobTitle})` : manager.displayName;
}

/** The exact role names, so the technician knows which admin stands in front of them. */
function adminText(user: UserCard['user']): string {
  if (user.isAdmin === null) return 'Unknown (cannot read roles)';
  if (user.adminRoles && user.adminRoles.length > 0) return user.adminRoles.join(', ');
  return user.isAdmin ? 'Yes (through a role-assignable group)' : 'No';
}

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
  const photoUrl = usePhotoUrl(user.photo);
  const facts: [string, ReactNode][] = [
    ['Account', user.accountEnabled ? 'Enabled' : 'Disabled'],
    ['User type', user.userType],
    ['Source', user.onPremisesSyncEnabled ? 'Synced from on-premises AD' : 'Cloud only'],
    ['Job title', user.jobTitle ?? '—'],
    ['Department', user.department ?? '—'],
    ['Employee ID', user.employeeId ?? '—'],
    ['Office', user.officeLocation ?? '—'],
    ['Manager', managerText(user.manager)],
    ['Created', user.createdDateTime ? <LocalTime iso={user.createdDateTime} /> : '—'],
    [
      'Admin role',
      adminText(user),
    ],
  ];
  return (
    <section className={styles.root} aria-labelledby="user-card-name">
      <div className={styles.head}>
        <Avatar
          name={user.displayName}
          color="colorful"
          size={72}
          image={photoUrl ? { src: photoUrl, alt: `Profile photo of ${user.displayName}` } : undefined}
          aria-hidden={photoUrl ? undefined : true}
          role={photoUrl ? 'img' : undefined}
          aria-label={photoUrl ? `Profile photo of ${user.displayName}` : undefined}
        />
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
