/** One person's follow-up, said in a line: what was seen, and when. */
import type { FollowView } from '../../../preload/contract';
import { formatClock } from '../../ui/format-time';

export function followLine(person: FollowView): string {
  const first = person.displayName.split(' ')[0] ?? person.displayName;
  switch (person.state) {
    case 'waiting':
      return `Waiting for ${first} to sign in with the pass (until ${formatClock(person.until)}).`;
    case 'used':
      return `Pass used (seen at ${formatClock(person.passUsedSeenAt ?? person.since)}); waiting for a passwordless method.`;
    case 'registered': {
      const what = person.registered ? `${person.registered.label}${person.registered.detail ? ` (${person.registered.detail})` : ''}` : 'A passwordless method';
      return `${what} registered at ${formatClock(person.registered?.at ?? person.since)}.`;
    }
    case 'ended-unused':
      return `The wait ended and the pass was not used.`;
    case 'pass-gone':
      return 'The pass was revoked or replaced elsewhere.';
    case 'revoked':
      return 'Pass revoked.';
    default:
      return 'No longer followed.';
  }
}

/** A live pass is offered for revoke once it is no longer needed, or may not have been used. */
export function offersRevoke(person: FollowView): boolean {
  return person.passLive && (person.state === 'registered' || person.state === 'ended-unused' || (person.state === 'waiting' && !person.isUsableOnce));
}
