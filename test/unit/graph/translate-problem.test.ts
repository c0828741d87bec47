import { describe, expect, it } from 'vitest';
import type { FailureContext } from '../../../main/graph/failure-context';
import { problemFromParts } from '../../../main/graph/graph-problem';
import { translateProblem } from '../../../main/graph/translate-problem';
import { formatMinutes } from '../../../preload/contract/limits';

const mint: FailureContext = { operation: 'mint', technician: { capability: 'everyone' } };
const bad = (message: string) => ({ status: 400, code: 'badRequest', message, requestId: 'rid-1' });

describe('translateProblem', () => {
  it('reads the range out of the real lifetime message', () => {
    const failure = translateProblem(
      bad('Invalid LifetimeInMinutes specified. The valid range between 60 and 480.'),
      mint,
    );
    expect(failure).toMatchObject({
      code: 'lifetime-out-of-range',
      requestId: 'rid-1',
      hint: 'Choose a lifetime between 60 and 480 minutes: the list now offers only those.',
      range: { min: 60, max: 480 },
    });
    expect(failure.message).toContain('1 hour to 8 hours (60-480 minutes)');
  });

  it('maps the one-time, external-guest and start-in-past messages', () => {
    expect(
      translateProblem(
        bad(
          'Invalid IsUsableOnce specified. Tenant Policy does not allow multiple use temporary access pass method.',
        ),
        mint,
      ).code,
    ).toBe('one-time-required');
    expect(
      translateProblem(
        bad('Temporary Access Pass cannot be added to an external guest user.'),
        mint,
      ).code,
    ).toBe('guest-user');
    expect(
      translateProblem(
        bad('Invalid StartDateTime specified. It can not be a time in the past.'),
        mint,
      ).code,
    ).toBe('start-in-past');
  });

  it('tells a disabled policy from a user outside its targets', () => {
    const message =
      'Converged UserCredentialPolicy does not allow creating or updating this authentication method. AuthMethodType [TemporaryAccessPass].';
    expect(translateProblem(bad(message), { ...mint, policyState: 'disabled' }).code).toBe(
      'policy-disabled',
    );
    expect(translateProblem(bad(message), { ...mint, policyState: 'enabled' }).code).toBe(
      'user-not-in-policy',
    );
    expect(translateProblem(bad(message), { ...mint, policyState: null }).code).toBe(
      'user-not-in-policy',
    );
  });

  it("keeps an unknown 400 as bad-request with Graph's own words", () => {
    expect(translateProblem(bad('Something new.'), mint)).toMatchObject({
      code: 'bad-request',
      message: expect.stringContaining('Something new.'),
    });
  });

  describe('accessDenied', () => {
    const denied = { status: 403, code: 'accessDenied', message: 'Request Authorization failed' };
    it('is self-issuance for the technician themself', () => {
      expect(translateProblem(denied, { ...mint, targetIsSelf: true }).code).toBe('self-issuance');
    });
    it('is needs-privileged-role for an Authentication Administrator, known admin or not', () => {
      expect(
        translateProblem(denied, {
          operation: 'mint',
          technician: { capability: 'members' },
          targetPrivileged: true,
        }).code,
      ).toBe('needs-privileged-role');
      expect(
        translateProblem(denied, {
          operation: 'mint',
          technician: { capability: 'members' },
          targetPrivileged: null,
        }).code,
      ).toBe('needs-privileged-role');
    });
    it('is outside-admin-unit for an AU-scoped administrator on a member', () => {
      const ctx: FailureContext = {
        operation: 'mint',
        technician: { capability: 'members', adminUnitScoped: true },
        targetPrivileged: false,
      };
      expect(translateProblem(denied, ctx).code).toBe('outside-admin-unit');
      expect(translateProblem(denied, { ...ctx, targetPrivileged: true }).code).toBe(
        'needs-privileged-role',
      );
    });
    it('is forbidden for a reader', () => {
      expect(
        translateProblem(denied, { operation: 'mint', technician: { capability: 'read-only' } })
          .code,
      ).toBe('forbidden');
    });
  });

  it('maps 401, 404, 429 with Retry-After, 504 and other 5xx', () => {
    expect(
      translateProblem(
        {
          status: 401,
          code: 'InvalidAuthenticationToken',
          message: 'Access token has expired or is not yet valid.',
        },
        mint,
      ).code,
    ).toBe('not-signed-in');
    expect(
      translateProblem(
        { status: 404, code: 'Request_ResourceNotFound', message: 'x' },
        { operation: 'card' },
      ).code,
    ).toBe('not-found');
    expect(
      translateProblem(
        {
          status: 429,
          code: 'TooManyRequests',
          message: 'Please retry again later.',
          retryAfterSeconds: 2.128,
        },
        mint,
      ).hint,
    ).toBe('Wait 3 seconds and try again.');
    expect(translateProblem({ status: 504, code: null, message: 'x' }, mint).code).toBe('timeout');
    expect(
      translateProblem({ status: 500, code: 'generalException', message: 'x' }, mint),
    ).toMatchObject({
      code: 'internal',
      message: expect.stringContaining('HTTP 500, generalException'),
    });
  });
});

describe('problemFromParts', () => {
  it('reads a $batch part: code, message, request id and Retry-After', () => {
    const problem = problemFromParts(
      429,
      { 'Retry-After': '5' },
      {
        error: {
          code: 'TooManyRequests',
          message: 'Please retry',
          innerError: { 'request-id': 'r-2' },
        },
      },
    );
    expect(problem).toEqual({
      status: 429,
      code: 'TooManyRequests',
      message: 'Please retry',
      requestId: 'r-2',
      retryAfterSeconds: 5,
    });
  });
});

describe('formatMinutes', () => {
  it('writes minutes the way a person would', () => {
    expect(formatMinutes(10)).toBe('10 minutes');
    expect(formatMinutes(60)).toBe('1 hour');
    expect(formatMinutes(90)).toBe('1 hour 30 minutes');
    expect(formatMinutes(43200)).toBe('30 days');
  });
});
