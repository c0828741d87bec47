import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DeviceCodePrompt } from '../../../preload/contract';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    alignItems: 'center',
    textAlign: 'center',
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: '40px',
    fontWeight: tokens.fontWeightSemibold,
    letterSpacing: '0.12em',
    whiteSpace: 'nowrap',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

/** The device code, large, with where to enter it. */
export function DeviceCodeView({
  prompt,
  demo = false,
}: Readonly<{ prompt: DeviceCodePrompt; demo?: boolean }>) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text>On any device, go to</Text>
      <Text weight="semibold" size={500}>
        {prompt.verificationUri}
      </Text>
      <Text>and enter this code:</Text>
      <div className={styles.code} aria-label={`Code ${prompt.userCode.split('').join(' ')}`}>
        {prompt.userCode}
      </div>
      <Text size={200}>{prompt.message}</Text>
      {demo ? (
        <Text size={200} weight="semibold">
          Demo tenant: there is no other device here, so TAP Desk enters the code for you in about
          10 seconds.
        </Text>
      ) : null}
    </div>
  );
}
