import { describe, expect, it } from 'vitest';
import { clipboardText } from '../../../renderer/features/handoff/clipboard-state';
import { glyphKind, toGlyphGroups, toRows } from '../../../renderer/features/handoff/pass-glyphs';
import { emptyAuditFilter, toListArgs } from '../../../renderer/features/audit/audit-filters';

describe('toGlyphGroups', () => {
  it('splits a pass into groups of four, the last one shorter', () => {
    const groups = toGlyphGroups('Ab3#kL0Ox');
    expect(groups.map((g) => g.map((c) => c.char).join(''))).toEqual(['Ab3#', 'kL0O', 'x']);
  });

  it('captions the look-alikes and nothing else', () => {
    const hinted = toGlyphGroups('0Oo1lIi|5SAb')
      .flat()
      .map((g) => [g.char, g.hint ?? null]);
    expect(hinted).toEqual([
      ['0', 'zero'],
      ['O', 'cap O'],
      ['o', 'small o'],
      ['1', 'one'],
      ['l', 'small L'],
      ['I', 'cap i'],
      ['i', 'small i'],
      ['|', 'bar'],
      ['5', 'five'],
      ['S', 'cap S'],
      ['A', null],
      ['b', null],
    ]);
  });

  it('classes every character as digit, upper, lower or symbol', () => {
    expect(['7', 'Q', 'q', '+', '@'].map(glyphKind)).toEqual([
      'digit',
      'upper',
      'lower',
      'symbol',
      'symbol',
    ]);
  });
});

describe('toRows', () => {
  it('puts at most four groups in a row', () => {
    expect(toRows([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [9, 10, 11, 12],
    ]);
    expect(toRows([1, 2, 3, 4, 5])).toEqual([[1, 2, 3, 4], [5]]);
  });
});

describe('clipboardText', () => {
  const now = Date.parse('2026-11-26T09:00:00Z');

  it('says nothing until the technician copies', () => {
    expect(clipboardText({ state: 'idle' }, now)).toBeNull();
  });

  it('counts down to the clearing, never below zero', () => {
    const clearsAt = new Date(now + 25_000).toISOString();
    expect(clipboardText({ state: 'holding', clearsAt }, now)).toBe(
      'Copied. Clipboard clears in 25 s',
    );
    expect(clipboardText({ state: 'holding', clearsAt }, now + 60_000)).toBe(
      'Copied. Clipboard clears in 0 s',
    );
  });

  it('tells cleared apart from left alone', () => {
    expect(clipboardText({ state: 'cleared' }, now)).toBe('Clipboard cleared');
    expect(clipboardText({ state: 'replaced-by-other' }, now)).toBe(
      'Something else was copied; left as is',
    );
  });
});

describe('toListArgs', () => {
  it('sends nothing for an empty form', () => {
    expect(toListArgs({ ...emptyAuditFilter, target: '  ', ticket: ' ' })).toEqual({});
  });

  it('sends the chosen action and the trimmed ticket part', () => {
    expect(toListArgs({ ...emptyAuditFilter, action: 'revoke', ticket: ' inc00 ' })).toEqual({
      action: 'revoke',
      ticket: 'inc00',
    });
  });

  it('turns local days into a whole-day instant range and trims names', () => {
    const args = toListArgs({
      ...emptyAuditFilter,
      from: '2026-11-02',
      to: '2026-11-03',
      technician: ' priya ',
      target: 'adele',
    });
    expect(args.from).toBe(new Date(2026, 10, 2, 0, 0, 0, 0).toISOString());
    expect(args.to).toBe(new Date(2026, 10, 3, 23, 59, 59, 999).toISOString());
    expect(args).toMatchObject({ technician: 'priya', target: 'adele' });
  });
});
