import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { LockClosed16Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
});

/** Marks a setting the machine policy locks. */
export function LockedNote() {
  const styles = useStyles();
  return (
    <Text size={200} className={styles.root}>
      <LockClosed16Regular aria-hidden="true" />
      Set by your organisation
    </Text>
  );
}
