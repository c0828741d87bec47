/**
 * Following 10 people after hand-over, on a manual clock: requests per minute while nothing has
 * happened yet, and after half of them registered a method (those must cost nothing more).
 * Goal: one light request per person per polling interval, none once nothing can change.
 */
import { createManualClock } from '../fakes/manual-clock';
import { startDemoTenant } from '../../main/demo-tenant/index';
import { connectAs } from '../integration/graph/connection-fixture';
import { graphRequests } from '../integration/graph/graph-fixture';

const people = ['adele.vance', 'adam.vance', 'alan.steiner', 'megan.bowen', 'miriam.graham', 'nestor.wilke', 'lynne.robbins', 'lee.gu', 'isaiah.langer', 'joni.sherman'];

export interface FollowFigures {
  readonly people: number;
  readonly requestsPerMinuteWaiting: number;
  readonly requestsPerMinuteAfterHalfRegistered: number;
  readonly requestsAfterAllSettled: number;
}

export async function measureFollowing(): Promise<FollowFigures> {
  const clock = createManualClock(Date.now());
  const tenant = await startDemoTenant({ clock });
  try {
    const desk = connectAs(tenant, 'priya.natarajan@contoso.example', { clock });
    await desk.auth.signIn({ flow: 'browser' });
    const ids: string[] = [];
    for (const name of people) {
      const card = await desk.users.card({ user: `${name}@contoso.example` });
      const minted = await desk.tap.mint({ user: card.user.id, lifetimeInMinutes: 60, isUsableOnce: true, replace: true, verification: { tier: card.preflight.tier, checked: ['photo-id'], method: 'in person', ticket: 'BENCH-1' } });
      if (minted.kind !== 'minted') throw new Error('no pass for the follow bench');
      desk.follow.start({ userId: card.user.id, displayName: card.user.displayName, userPrincipalName: card.user.userPrincipalName, tapId: minted.handoff.tap.id, tapCreatedAt: Date.parse(minted.handoff.tap.createdDateTime), isUsableOnce: true, ticket: 'BENCH-1' });
      ids.push(card.user.id);
    }
    const batches = () => graphRequests(tenant).filter((r) => r.path.endsWith('$batch')).length;
    /** Advances a minute in 10 s steps, letting every poll due in a step finish before the next. */
    const minute = async (): Promise<number> => {
      const before = batches();
      for (let step = 0; step < 6; step++) {
        clock.advance(10_000);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      return batches() - before;
    };
    const waiting = await minute();
    for (const id of ids.slice(0, 5)) tenant.playPerson(id, { register: 'microsoftAuthenticator' });
    await minute(); // they are seen registered during this minute
    const afterHalf = await minute();
    for (const id of ids.slice(5)) tenant.playPerson(id, { register: 'fido2' });
    await minute();
    const settled = await minute();
    return { people: people.length, requestsPerMinuteWaiting: waiting, requestsPerMinuteAfterHalfRegistered: afterHalf, requestsAfterAllSettled: settled };
  } finally {
    await tenant.stop();
  }
}
