/**
 * The people handed a pass, followed until they have registered a method (or the wait ends): a
 * compact list beside the search, independent of the card on screen. Revoke is one click and goes
 * out with the ticket the pass was issued under.
 */
import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FollowView } from '../../../preload/contract';
import { ErrorNote } from '../../ui/error-note';
import { followLine, offersRevoke } from './follow-line';
import { useFollow } from './use-follow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalL },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  person: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

function Person({ person, busy, demo, onRevoke, onStop, onPlay }: Readonly<{ person: FollowView; busy: boolean; demo: boolean; onRevoke: () => void; onStop: () => void; onPlay: () => void }>) {
  const styles = useStyles();
  return (
    <li className={styles.person} aria-label={`Following ${person.displayName}`}>
      <Text weight="semibold">{person.displayName}</Text>
      <Text role="status">{followLine(person)}</Text>
      {person.problem ? <Caption1 className={styles.muted}>{person.problem}</Caption1> : null}
      <div className={styles.actions}>
        {offersRevoke(person) ? (
          <Button size="small" appearance="primary" disabled={busy} onClick={onRevoke}>
            Revoke pass
          </Button>
        ) : null}
        {demo && (person.state === 'waiting' || person.state === 'used') ? (
          <Button size="small" disabled={busy} onClick={onPlay}>
            Demo: play the person
          </Button>
        ) : null}
        <Button size="small" appearance="subtle" disabled={busy} onClick={onStop}>
          Stop following
        </Button>
      </div>
    </li>
  );
}

export function FollowPanel({ demo }: Readonly<{ demo: boolean }>) {
  const styles = useStyles();
  const follow = useFollow();
  if (follow.people.length === 0 && !follow.error) return null;
  return (
    <section className={styles.root} aria-labelledby="follow-title">
      <Text id="follow-title" as="h2" weight="semibold" size={400}>
        After hand-over
      </Text>
      {follow.error ? <ErrorNote error={follow.error} title="That did not work" /> : null}
      <ul className={styles.list}>
        {follow.people.map((person) => (
          <Person
            key={person.userId}
            person={person}
            busy={follow.busy === person.userId}
            demo={demo}
            onRevoke={() => void follow.revoke(person.userId)}
            onStop={() => void follow.stop(person.userId)}
            onPlay={() => void follow.playPerson(person.userId)}
          />
        ))}
      </ul>
    </section>
  );
}
