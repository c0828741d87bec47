/**
 * The sign-in ends mid-flow: the refresh token is revoked and the access token expires while a
 * card is open. msal-node judges expiry by the wall clock (`Date`), not the app's clock port, so
 * the scenario moves both together, as real time would: the port by `advance`, `Date` by a fake
 * that replaces only `Date` (no timers).
 */
import { expect, vi } from 'vitest';
import type { MintOutcome, Session, UserCard } from '../../../preload/contract';
import {
  card,
  errorOf,
  handOver,
  mintArgs,
  signIn,
  tapPostsFor,
  TECHNICIAN,
  upn,
  valueOf,
  type Scenario,
} from './scenario-kit';

/** An access token lives 1 h; Graph allows 5 min of skew; msal renews 5 min early. */
const PAST_EXPIRY_MS = 2 * 60 * 60_000;

export const sessionScenarios: Scenario[] = [
  {
    name: 'token expiry mid-flow: interaction-required, sign in again, carry on',
    async run({ desk }) {
      const patti = upn('patti.fernandez');
      const args = await mintArgs(desk, valueOf<UserCard>(await card(desk, patti)));
      desk.tenant().revokeRefreshTokens(TECHNICIAN);
      desk.clock.advance(PAST_EXPIRY_MS);
      vi.useFakeTimers({ toFake: ['Date'], now: desk.clock.now() });
      try {
        const refused = errorOf(await desk.call('tap.mint', args));
        expect(refused).toMatchObject({ code: 'interaction-required', hint: expect.stringMatching(/sign in again/i) });
        expect(tapPostsFor(desk, patti)).toBe(0);
        // The refused refresh is the only request: the mint never reached Graph.
        expect(desk.calls.at(-1)?.entries.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 400']);
        expect(valueOf<Session>(await desk.call('auth.status', {})).state).toBe('signed-out');

        const back = valueOf<Session>(await signIn(desk));
        expect(back).toMatchObject({ state: 'signed-in', technician: { userPrincipalName: TECHNICIAN } });
        const minted = await desk.call('tap.mint', args);
        expect(valueOf<MintOutcome>(minted).kind).toBe('minted');
        await handOver(desk, minted);
        expect(tapPostsFor(desk, patti)).toBe(1);
      } finally {
        vi.useRealTimers();
      }
    },
  },
];
