import { describe, expect, it } from 'vitest';
import { guardTicket, guardVerification } from '../../main/tap/ticket-guard';
import { AppFailure } from '../../main/kernel/result';
import { compileTicketPattern, normaliseTicket, ticketMatches } from '../../preload/ticket-pattern';
import { verification } from './renderer/fixtures';

const codeOf = (run: () => void): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof AppFailure ? error.code : 'not an AppFailure';
  }
};

describe('guardVerification (main re-checks what the renderer checked)', () => {
  const method = verification.methods[0]!;

  it('accepts a configured method with a matching ticket', () => {
    expect(codeOf(() => guardVerification({ method, ticket: 'INC000042' }, verification))).toBeUndefined();
  });

  it('refuses a method the deployment does not list, whatever a hostile caller sends', () => {
    for (const sent of ['Asked nicely', method.toUpperCase(), `${method} `]) {
      expect(codeOf(() => guardVerification({ method: sent, ticket: 'INC000042' }, verification))).toBe(
        'verification-incomplete',
      );
    }
  });

  it('refuses a ticket that does not match the whole pattern', () => {
    expect(codeOf(() => guardVerification({ method, ticket: 'nope INC000042' }, verification))).toBe(
      'verification-incomplete',
    );
    expect(codeOf(() => guardTicket('', verification.ticketPattern))).toBe('verification-incomplete');
  });
});

describe('the shared ticket pattern (one compile rule for renderer and main)', () => {
  it('compiles once per pattern, in Unicode mode, anchored to the whole reference', () => {
    const pattern = compileTicketPattern('INC\\d+');
    expect(compileTicketPattern('INC\\d+')).toBe(pattern);
    expect(pattern.flags).toBe('u');
    expect(pattern.test('INC12')).toBe(true);
    expect(pattern.test('x INC12')).toBe(false);
  });

  it('agrees on both sides where the flags would differ: a pattern only valid without u', () => {
    // `\-` outside a class is a syntax error in Unicode mode; a renderer compiling without `u`
    // would have accepted INC-1 that main then refused.
    expect(ticketMatches('INC\\-\\d', 'INC-1')).toBe(false);
    expect(() => guardTicket('INC-1', 'INC\\-\\d')).toThrow();
  });
});

describe('normaliseTicket (any letter case in, the pattern\'s case out)', () => {
  const pattern = String.raw`^(INC|REQ|RITM)\d{6,}$`;

  it('accepts a reference in any case and returns it as the pattern writes it', () => {
    expect(normaliseTicket(pattern, 'inc0012345')).toBe('INC0012345');
    expect(normaliseTicket(pattern, 'Ritm001234')).toBe('RITM001234');
    expect(normaliseTicket('tk-\\d+', 'TK-12')).toBe('tk-12');
    expect(normaliseTicket(pattern, 'INC0012345')).toBe('INC0012345');
  });

  it('still refuses what the pattern does not accept', () => {
    expect(normaliseTicket(pattern, 'inc12')).toBeNull();
    expect(normaliseTicket(pattern, '')).toBeNull();
    expect(normaliseTicket('(', 'x')).toBeNull();
  });

  it('is what main journals: guardTicket returns the normalised reference', () => {
    expect(guardTicket('req0012345', pattern)).toBe('REQ0012345');
  });
});
