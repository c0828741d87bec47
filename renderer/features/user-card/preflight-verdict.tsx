import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Preflight } from '../../../preload/contract';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The policy's verdict for this user: blocks (with the next step) and notes. */
export function PreflightVerdict({ preflight }: Readonly<{ preflight: Preflight }>) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {preflight.blocks.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>The TAP policy allows a pass for this user.</MessageBarBody>
        </MessageBar>
      ) : null}
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
