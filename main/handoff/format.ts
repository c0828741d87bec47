/**
 * How a pass is shown and read aloud: groups of four, a class for every character so the
 * renderer can tell look-alikes apart, and a NATO phonetic spelling with case and symbols
 * spelled out. Pure and dependency-free (no node: imports), so the renderer may import it too.
 */

export type CharKind = 'digit' | 'upper' | 'lower' | 'symbol';

/** Sets of characters people confuse when reading a pass off a screen. */
export type LookAlikeGroup = '0Oo' | '1lI|' | '5S' | '2Z' | '8B';

export interface CharInfo {
  readonly char: string;
  readonly kind: CharKind;
  /** The look-alike set this character belongs to, or null. */
  readonly lookAlike: LookAlikeGroup | null;
  /** How to say it: "capital Alfa", "lower-case bravo", "seven", "plus sign". */
  readonly spoken: string;
}

const nato = [
  'Alfa',
  'Bravo',
  'Charlie',
  'Delta',
  'Echo',
  'Foxtrot',
  'Golf',
  'Hotel',
  'India',
  'Juliett',
  'Kilo',
  'Lima',
  'Mike',
  'November',
  'Oscar',
  'Papa',
  'Quebec',
  'Romeo',
  'Sierra',
  'Tango',
  'Uniform',
  'Victor',
  'Whiskey',
  'X-ray',
  'Yankee',
  'Zulu',
] as const;

const digits = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
] as const;

const symbols: Readonly<Record<string, string>> = {
  ' ': 'space',
  '!': 'exclamation mark',
  '"': 'double quote',
  '#': 'hash sign',
  $: 'dollar sign',
  '%': 'percent sign',
  '&': 'ampersand',
  "'": 'apostrophe',
  '(': 'left parenthesis',
  ')': 'right parenthesis',
  '*': 'asterisk',
  '+': 'plus sign',
  ',': 'comma',
  '-': 'hyphen',
  '.': 'period',
  '/': 'forward slash',
  ':': 'colon',
  ';': 'semicolon',
  '<': 'less-than sign',
  '=': 'equals sign',
  '>': 'greater-than sign',
  '?': 'question mark',
  '@': 'at sign',
  '[': 'left square bracket',
  '\\': 'backslash',
  ']': 'right square bracket',
  '^': 'caret',
  _: 'underscore',
  '`': 'backtick',
  '{': 'left curly brace',
  '|': 'vertical bar',
  '}': 'right curly brace',
  '~': 'tilde',
};

const lookAlikeGroups: readonly LookAlikeGroup[] = ['0Oo', '1lI|', '5S', '2Z', '8B'];

/** Splits a pass into blocks of four characters (the last block may be shorter). */
export function groupPass(pass: string, size = 4): string[] {
  const chars = [...pass];
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += size) groups.push(chars.slice(i, i + size).join(''));
  return groups;
}

/** Classifies one character for display and speech. */
export function classifyChar(char: string): CharInfo {
  const lookAlike = lookAlikeGroups.find((group) => group.includes(char)) ?? null;
  if (char >= '0' && char <= '9' && char.length === 1) {
    return { char, kind: 'digit', lookAlike, spoken: digits[Number(char)] ?? char };
  }
  if (char >= 'A' && char <= 'Z' && char.length === 1) {
    return { char, kind: 'upper', lookAlike, spoken: `capital ${letterWord(char)}` };
  }
  if (char >= 'a' && char <= 'z' && char.length === 1) {
    return {
      char,
      kind: 'lower',
      lookAlike,
      spoken: `lower-case ${letterWord(char).toLowerCase()}`,
    };
  }
  const named = symbols[char];
  const codePoint = char.codePointAt(0) ?? 0;
  const spoken = named ?? `character U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return { char, kind: 'symbol', lookAlike, spoken };
}

/** Every character of the pass, classified, in order. */
export function describePass(pass: string): CharInfo[] {
  return [...pass].map(classifyChar);
}

/** The spoken words for each character: ["capital Alfa", "seven", "plus sign", …]. */
export function spellPhonetic(pass: string): string[] {
  return describePass(pass).map((info) => info.spoken);
}

/** The phonetic spelling grouped like the display, one array of words per block of four. */
export function spellGroups(pass: string, size = 4): string[][] {
  return groupPass(pass, size).map(spellPhonetic);
}

function letterWord(char: string): string {
  return nato[char.toUpperCase().charCodeAt(0) - 65] ?? char;
}
