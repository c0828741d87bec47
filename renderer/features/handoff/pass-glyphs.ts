/** How each character of a pass is drawn so look-alikes (0/O, 1/l/I) cannot be confused. */

/** The visual class of a character. */
export type GlyphKind = 'digit' | 'upper' | 'lower' | 'symbol';

/** One character cell of the pass display. */
export interface Glyph {
  readonly char: string;
  readonly kind: GlyphKind;
  /** A tiny caption under characters that look like others ("zero", "cap O"). */
  readonly hint?: string;
}

const hints: Readonly<Record<string, string>> = {
  '0': 'zero',
  O: 'cap O',
  o: 'small o',
  '1': 'one',
  l: 'small L',
  I: 'cap i',
  i: 'small i',
  '|': 'bar',
  '5': 'five',
  S: 'cap S',
};

/** The visual class of one character. */
export function glyphKind(char: string): GlyphKind {
  if (/\d/.test(char)) return 'digit';
  if (/[A-Z]/.test(char)) return 'upper';
  if (/[a-z]/.test(char)) return 'lower';
  return 'symbol';
}

/** Splits a pass into groups of four glyphs (the last group may be shorter). */
export function toGlyphGroups(pass: string, size = 4): Glyph[][] {
  const groups: Glyph[][] = [];
  const chars = Array.from(pass);
  for (let i = 0; i < chars.length; i += size) {
    groups.push(
      chars.slice(i, i + size).map((char) => {
        const hint = hints[char];
        return hint ? { char, kind: glyphKind(char), hint } : { char, kind: glyphKind(char) };
      }),
    );
  }
  return groups;
}

/** Lays groups out in rows of at most `perRow` groups, so a long pass never wraps mid-group. */
export function toRows<T>(groups: readonly T[], perRow = 4): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < groups.length; i += perRow) rows.push(groups.slice(i, i + perRow));
  return rows;
}
