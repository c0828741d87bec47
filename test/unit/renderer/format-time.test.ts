import { describe, expect, it } from 'vitest';
import { followLine } from '../../../renderer/features/follow/follow-line';
import { formatClock } from '../../../renderer/ui/format-time';

/** The hour and minute as the technician's locale writes them, the way the follow line always has. */
const localClock = (iso: string): string =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

describe('formatClock (a time in a line of text)', () => {
  it("gives the hour and minute in the technician's locale and time zone", () => {
    expect(formatClock('2026-12-01T10:42:10Z')).toBe(localClock('2026-12-01T10:42:10Z'));
  });

  it('shows a time it cannot read as it came', () => {
    expect(formatClock('not a time')).toBe('not a time');
  });
});

describe('followLine (the follow panel)', () => {
  const person = {
    userId: 'u1',
    displayName: 'Adele Vance',
    userPrincipalName: 'adele@contoso.example',
    isUsableOnce: true,
    since: '2026-12-01T09:00:00Z',
    until: '2026-12-01T17:30:00Z',
    passLive: true,
  } as const;

  it('says each time with the clock format', () => {
    expect(followLine({ ...person, state: 'waiting' })).toBe(
      `Waiting for Adele to sign in with the pass (until ${localClock(person.until)}).`,
    );
    expect(followLine({ ...person, state: 'used', passUsedSeenAt: '2026-12-01T09:12:00Z' })).toBe(
      `Pass used (seen at ${localClock('2026-12-01T09:12:00Z')}); waiting for a passwordless method.`,
    );
    expect(
      followLine({
        ...person,
        state: 'registered',
        registered: {
          label: 'Microsoft Authenticator',
          detail: 'Pixel 8',
          at: '2026-12-01T09:20:00Z',
        },
      }),
    ).toBe(
      `Microsoft Authenticator (Pixel 8) registered at ${localClock('2026-12-01T09:20:00Z')}.`,
    );
  });
});
