import { describe, expect, it } from 'vitest';
import {
  classifyChar,
  describePass,
  groupPass,
  spellGroups,
  spellPhonetic,
} from '../../../main/handoff/format';

describe('groupPass', () => {
  it('splits into blocks of four, the last one shorter', () => {
    expect(groupPass('abcdefghij')).toEqual(['abcd', 'efgh', 'ij']);
    expect(groupPass('abcdefgh')).toEqual(['abcd', 'efgh']);
    expect(groupPass('')).toEqual([]);
  });

  it('keeps every character of a 48-character pass, in order', () => {
    const pass = 'Aa0!'.repeat(12);
    expect(groupPass(pass).join('')).toBe(pass);
    expect(groupPass(pass)).toHaveLength(12);
  });
});

describe('classifyChar', () => {
  it('classifies digits, capitals, lower case and symbols', () => {
    expect(classifyChar('7')).toMatchObject({ kind: 'digit', spoken: 'seven', lookAlike: null });
    expect(classifyChar('Q')).toMatchObject({ kind: 'upper', spoken: 'capital Quebec' });
    expect(classifyChar('x')).toMatchObject({ kind: 'lower', spoken: 'lower-case x-ray' });
    expect(classifyChar('%')).toMatchObject({ kind: 'symbol', spoken: 'percent sign' });
  });

  it('flags every look-alike with its group', () => {
    const groups = Object.fromEntries(
      [...'0Oo1lI|5S2Z8B'].map((c) => [c, classifyChar(c).lookAlike]),
    );
    expect(groups).toEqual({
      '0': '0Oo',
      O: '0Oo',
      o: '0Oo',
      '1': '1lI|',
      l: '1lI|',
      I: '1lI|',
      '|': '1lI|',
      '5': '5S',
      S: '5S',
      '2': '2Z',
      Z: '2Z',
      '8': '8B',
      B: '8B',
    });
    expect(classifyChar('A').lookAlike).toBeNull();
  });

  it('tells look-alikes apart by kind and by word', () => {
    const words = [...'0Oo1lI|'].map((c) => classifyChar(c).spoken);
    expect(words).toEqual([
      'zero',
      'capital Oscar',
      'lower-case oscar',
      'one',
      'lower-case lima',
      'capital India',
      'vertical bar',
    ]);
    expect(new Set(words).size).toBe(words.length);
  });

  it('names every printable ASCII symbol, and no two the same', () => {
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    const symbols = printable.filter((c) => !/[A-Za-z0-9]/.test(c));
    expect(symbols).toHaveLength(33);
    const names = symbols.map((c) => classifyChar(c).spoken);
    for (const name of names) expect(name).not.toMatch(/^character U\+/);
    expect(new Set(names).size).toBe(symbols.length);
  });

  it('falls back to the code point for anything else', () => {
    expect(classifyChar('é')).toMatchObject({ kind: 'symbol', spoken: 'character U+00E9' });
  });
});

describe('spellPhonetic', () => {
  it('spells a sample with every character class', () => {
    expect(spellPhonetic('aZ3+!#@-_.=?')).toEqual([
      'lower-case alfa',
      'capital Zulu',
      'three',
      'plus sign',
      'exclamation mark',
      'hash sign',
      'at sign',
      'hyphen',
      'underscore',
      'period',
      'equals sign',
      'question mark',
    ]);
  });

  it('groups the spelling like the display', () => {
    expect(spellGroups('Ab1$Cd')).toEqual([
      ['capital Alfa', 'lower-case bravo', 'one', 'dollar sign'],
      ['capital Charlie', 'lower-case delta'],
    ]);
  });

  it('uses the whole NATO alphabet in both cases', () => {
    const upper = spellPhonetic('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    expect(upper.at(0)).toBe('capital Alfa');
    expect(upper.at(9)).toBe('capital Juliett');
    expect(upper.at(-1)).toBe('capital Zulu');
    expect(new Set(upper).size).toBe(26);
    expect(spellPhonetic('w')).toEqual(['lower-case whiskey']);
  });

  it('describes each character with its class', () => {
    expect(describePass('a1')).toEqual([
      { char: 'a', kind: 'lower', lookAlike: null, spoken: 'lower-case alfa' },
      { char: '1', kind: 'digit', lookAlike: '1lI|', spoken: 'one' },
    ]);
  });
});
