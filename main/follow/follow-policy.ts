/** How long to follow a person after hand-over, and whether a registration revokes the pass at once (admin policy). */
import type { FollowPolicy } from './handover-follow';

interface WithFollow {
  readonly follow: { readonly minutes: number; readonly revokeOnRegistration: boolean };
}

export function followPolicy(settings: WithFollow): FollowPolicy {
  return { waitMinutes: settings.follow.minutes, revokeOnRegistration: settings.follow.revokeOnRegistration };
}
