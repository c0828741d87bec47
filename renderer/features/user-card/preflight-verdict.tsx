import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  CheckmarkCircleFilled,
  DismissCircleFilled,
  QuestionCircleRegular,
} from '@fluentui/react-icons';
import type { CardFact, Preflight } from '../../../preload/contract';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  facts: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  fact: { display: 'grid', gridTemplateColumns: '20px 1fr', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  icon: { fontSize: '20px', marginTop: '1px' },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  problem: { color: tokens.colorPaletteRedForeground1 },
  unchecked: { color: tokens.colorNeutralForeground2 },
  detail: { display: 'block', color: tokens.colorNeutralForeground2 },
  state: { fontWeight: tokens.fontWeightSemibold },
});

/** Said in words, not only by icon and colour: never a tick for something not read. */
const stateWords: Record<Exclude<CardFact['state'], 'ok'>, string> = {
  problem: 'Problem',
  'not-checked': 'Not checked',
};

function FactRow({ fact }: Readonly<{ fact: CardFact }>) {
  const styles = useStyles();
  const Icon = fact.state === 'ok' ? CheckmarkCircleFilled : fact.state === 'problem' ? DismissCircleFilled : QuestionCircleRegular;
  const tone = fact.state === 'ok' ? styles.ok : fact.state === 'problem' ? styles.problem : styles.unchecked;
  return (
    <li className={styles.fact} data-fact={fact.id} data-state={fact.state}>
      <Icon className={mergeClasses(styles.icon, tone)} aria-hidden="true" />
      <Text>
        {fact.state === 'ok' ? null : <span className={styles.state}>{`${stateWords[fact.state]}: `}</span>}
        {fact.label}
        {fact.detail ? (
          <Text size={200} className={styles.detail}>
            {fact.detail}
          </Text>
        ) : null}
      </Text>
    </li>
  );
}

/** What was checked about this user (each fact fine, a problem, or not checked), the blocks with their next step, and notes. */
export function PreflightVerdict({ preflight }: Readonly<{ preflight: Preflight }>) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <ul className={styles.facts} aria-label="What TAP Desk checked">
        {preflight.facts.map((fact) => (
          <FactRow key={fact.id} fact={fact} />
        ))}
      </ul>
      {preflight.blocks.map((block) => (
        <MessageBar key={block.code} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{block.message}</MessageBarTitle>
            {block.hint}
          </MessageBarBody>
        </MessageBar>
      ))}
      {preflight.notes.map((note) => (
        <MessageBar key={note} intent="info" layout="multiline">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
