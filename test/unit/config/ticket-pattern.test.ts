import { describe, expect, it } from 'vitest';
import { defaultTicketPattern } from '../../../main/config/defaults';
import { compileTicketPattern, ticketPatternProblem } from '../../../main/config/ticket-pattern';

describe('ticketPatternProblem', () => {
  it.each([
    defaultTicketPattern,
    'INC\\d{7}',
    '(CHG|PRB)-\\d{4,8}',
    '[A-Z]{2,4}-\\d+',
    'T(ASK)?\\d{6}',
  ])('accepts %s', (source) => {
    expect(ticketPatternProblem(source)).toBeNull();
  });

  it.each([
    ['(a+)+', /nested quantifiers/],
    ['(\\d{2,})*', /nested quantifiers/],
    ['((a)+){2,5}', /nested quantifiers/],
    ['(a|ab)+', /nested quantifiers/],
    ['(?:x(\\d+))+', /nested quantifiers/],
    ['(a)\\1', /backreference/],
    ['(?<t>a)\\k<t>', /backreference/],
    ['INC(', /not a valid regular expression/],
    ['\\d*', /matches an empty ticket reference/],
    ['', /is empty/],
    ['a'.repeat(201), /201 characters long; the limit is 200/],
  ])('refuses %s', (source, reason) => {
    expect(ticketPatternProblem(source)).toMatch(reason);
  });

  it('does not mistake brackets, escapes or bounded repeats for nesting', () => {
    expect(ticketPatternProblem('([+*])\\d')).toBeNull();
    expect(ticketPatternProblem('(\\+1)+')).toBeNull();
    expect(ticketPatternProblem('(ab){1}\\d+')).toBeNull();
    expect(ticketPatternProblem('(ab?)+c')).toBeNull();
  });
});

describe('compileTicketPattern', () => {
  it('matches the whole reference even when the admin left out anchors', () => {
    const re = compileTicketPattern('INC\\d+');
    expect(re.test('INC123')).toBe(true);
    expect(re.test('see INC123')).toBe(false);
    expect(re.test('INC123 and more')).toBe(false);
  });
});
