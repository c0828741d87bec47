import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ConfigProblem } from '../../../preload/contract';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  file: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
});

/** Problems in the configuration files: which file, which field, how to fix it. */
export function ConfigProblems({ problems }: Readonly<{ problems: readonly ConfigProblem[] }>) {
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <section className={styles.root} aria-label="Configuration problems">
      {problems.map((p) => (
        <MessageBar key={`${p.file}:${p.field}`} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{p.message}</MessageBarTitle>
            <div>
              File: <span className={styles.file}>{p.file}</span> · Field:{' '}
              <strong>{p.field}</strong>
            </div>
            <div>Fix: {p.fix}</div>
          </MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
