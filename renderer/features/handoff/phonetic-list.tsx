import { makeStyles, tokens } from '@fluentui/react-components';
import { toRows } from './pass-glyphs';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  marker: { color: tokens.colorNeutralForeground2 },
});

/** The pass spelled out (one word per character), one list item per group of four. */
export function PhoneticList({ words }: Readonly<{ words: readonly string[] }>) {
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-label="Phonetic spelling, group by group">
      {toRows(words, 4).map((group, i) => (
        <li key={i}>{group.join(' · ')}</li>
      ))}
    </ol>
  );
}
