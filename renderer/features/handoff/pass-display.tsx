/**
 * The pass, large and monospaced, in groups of four. Digits take the brand colour with a slashed
 * zero, symbols are boxed, and look-alike letters carry a caption. The captions are CSS generated
 * content, so the DOM text is exactly the pass (nothing else to scrub).
 */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { toGlyphGroups, toRows, type GlyphKind } from './pass-glyphs';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    justifyContent: 'center',
    overflowX: 'auto',
    // Side room for a symbol's outline: it is drawn outside the glyph, and the scroller clips it.
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXS}`,
  },
  // Rows start on the same edge, so group n of every row sits in the same column.
  rows: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalL,
  },
  // Groups sit well apart so the eye reads "four, four, four", not a run of characters.
  row: { display: 'flex', gap: '1.1em', whiteSpace: 'nowrap', flexWrap: 'nowrap' },
  group: { display: 'inline-flex', gap: '0.1em' },
  text: {
    fontFamily:
      "'Cascadia Mono', Consolas, 'SF Mono', Menlo, 'DejaVu Sans Mono', 'Liberation Mono', monospace",
    fontVariantNumeric: 'slashed-zero',
    fontFeatureSettings: '"zero" 1',
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: 1.1,
    color: tokens.colorNeutralForeground1,
  },
  large: { fontSize: '56px' },
  medium: { fontSize: '44px' },
  small: { fontSize: '34px' },
  glyph: {
    position: 'relative',
    display: 'inline-block',
    minWidth: '0.9em',
    textAlign: 'center',
    // Room for a two-line caption under every cell, so rows line up whether or not it has one.
    marginBottom: '26px',
    // The caption is exactly as wide as its cell and wraps ("small" over "L") instead of
    // spilling under its neighbour: adjacent look-alikes ("0Oo") never run their captions together.
    '::after': {
      content: 'attr(data-hint)',
      position: 'absolute',
      left: 0,
      right: 0,
      top: '100%',
      marginTop: '2px',
      fontFamily: tokens.fontFamilyBase,
      fontSize: '10px',
      fontWeight: tokens.fontWeightRegular,
      lineHeight: '11px',
      whiteSpace: 'normal',
      textAlign: 'center',
      color: tokens.colorNeutralForeground2,
    },
  },
  digit: { color: tokens.colorBrandForeground1 },
  upper: {},
  lower: { color: tokens.colorPaletteDarkOrangeForeground2 },
  symbol: {
    outline: `1px solid ${tokens.colorNeutralStroke1}`,
    outlineOffset: '0.02em',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
});

/** Renders `pass` for reading aloud or typing; never wraps inside a group. */
export function PassDisplay({ pass }: Readonly<{ pass: string }>) {
  const styles = useStyles();
  const groups = toGlyphGroups(pass);
  const size = pass.length <= 12 ? styles.large : pass.length <= 16 ? styles.medium : styles.small;
  const kindClass: Record<GlyphKind, string> = {
    digit: styles.digit,
    upper: styles.upper,
    lower: styles.lower,
    symbol: styles.symbol,
  };
  return (
    <div
      className={mergeClasses(styles.root, styles.text, size)}
      role="group"
      aria-label="Temporary Access Pass"
      data-testid="pass"
    >
      <div className={styles.rows}>
        {toRows(groups).map((row, r) => (
          <div key={r} className={styles.row}>
            {row.map((group, g) => (
              <span key={g} className={styles.group}>
                {group.map((glyph, i) => (
                  <span
                    key={i}
                    className={mergeClasses(styles.glyph, kindClass[glyph.kind])}
                    data-hint={glyph.hint ?? ''}
                  >
                    {glyph.char}
                  </span>
                ))}
              </span>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
