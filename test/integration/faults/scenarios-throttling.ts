/**
 * 429 storms and 503 bursts. Reads are retried on the app's budget (3 retries for a request,
 * 2 re-sends for throttled parts of a `$batch`, no single wait above 10 s); beyond it the
 * technician gets a `throttled` reply that says how long to wait. The mint POST is never retried.
 */
import { expect } from 'vitest';
import type { UserCard } from '../../../preload/contract';
import type { FaultDesk } from './fault-desk';
import {
  card,
  errorOf,
  handOver,
  mint,
  routes,
  search,
  tapPostsFor,
  upn,
  valueOf,
  type Scenario,
} from './scenario-kit';

const MEGAN = upn('megan.bowen');
/** The user part of the card's `$batch` (faults inside a batch match the sub-request's path). */
const USER_PART = { method: 'GET', path: /^\/v1\.0\/users\/[^/]+$/ } as const;

/** Statuses the tenant answered for the last command's requests to `path`. */
function statuses(desk: FaultDesk, path: string): number[] {
  return (desk.calls.at(-1)?.entries ?? []).filter((r) => r.path === path).map((r) => r.status);
}

async function searchFindsMegan(desk: FaultDesk): Promise<void> {
  const found = valueOf<{ users: { userPrincipalName: string }[] }>(await search(desk, 'megan'));
  expect(found.users.map((u) => u.userPrincipalName)).toContain(MEGAN);
}

export const throttlingScenarios: Scenario[] = [
  {
    name: '429 storm on search: recovers within the retry budget',
    async run({ desk }) {
      desk.tenant().faults.throttle(routes.search, { times: 3 });
      await searchFindsMegan(desk);
      expect(statuses(desk, '/v1.0/users')).toEqual([429, 429, 429, 200]);
    },
  },
  {
    name: '429 storm on search: beyond the budget, throttled with a hint',
    async run({ desk }) {
      desk.tenant().faults.throttle(routes.search, { times: 4 });
      const error = errorOf(await search(desk, 'megan'));
      expect(error).toMatchObject({ code: 'throttled', hint: expect.stringMatching(/wait/i) });
      expect(statuses(desk, '/v1.0/users')).toEqual([429, 429, 429, 429]);
      // A Retry-After longer than the longest wait is not sat out: one request, the wait in the hint.
      desk.tenant().faults.throttle(routes.search, { retryAfter: '30' });
      expect(errorOf(await search(desk, 'megan'))).toMatchObject({ code: 'throttled', hint: 'Wait 30 seconds and try again.' });
      expect(statuses(desk, '/v1.0/users')).toEqual([429]);
      await searchFindsMegan(desk);
    },
  },
  {
    name: '429 storm on the user card: recovers within the budget, throttled beyond it',
    async run({ desk }) {
      desk.tenant().faults.throttle(routes.batch, { times: 3 });
      expect(valueOf<UserCard>(await card(desk, MEGAN)).user.userPrincipalName).toBe(MEGAN);
      expect(statuses(desk, '/v1.0/$batch')).toEqual([429, 429, 429, 200]);
      desk.tenant().faults.throttle(routes.batch, { times: 4 });
      expect(errorOf(await card(desk, MEGAN))).toMatchObject({ code: 'throttled', hint: expect.stringMatching(/wait/i) });
      expect(statuses(desk, '/v1.0/$batch')).toEqual([429, 429, 429, 429]);
    },
  },
  {
    name: '429 inside the card batch: throttled parts re-sent, throttled beyond two re-sends',
    async run({ desk }) {
      desk.tenant().faults.throttle(USER_PART, { times: 2 });
      expect(valueOf<UserCard>(await card(desk, MEGAN)).user.accountEnabled).toBe(true);
      expect(statuses(desk, '/v1.0/$batch')).toEqual([200, 200, 200]);
      desk.tenant().faults.throttle(USER_PART, { times: 3 });
      expect(errorOf(await card(desk, MEGAN))).toMatchObject({ code: 'throttled', hint: expect.stringMatching(/wait/i) });
      expect(statuses(desk, '/v1.0/$batch')).toHaveLength(3);
    },
  },
  {
    name: '503 bursts on search and card: backoff without Retry-After, then recovery',
    async run({ desk }) {
      // No Retry-After: the app backs off 1 s, 2 s (+ jitter) on its clock, which the suite steps.
      desk.tenant().faults.unavailable(routes.search, { times: 2 });
      await searchFindsMegan(desk);
      expect(statuses(desk, '/v1.0/users')).toEqual([503, 503, 200]);
      desk.tenant().faults.unavailable(routes.batch, { times: 2 });
      expect(valueOf<UserCard>(await card(desk, MEGAN)).user.userPrincipalName).toBe(MEGAN);
      expect(statuses(desk, '/v1.0/$batch')).toEqual([503, 503, 200]);
      desk.tenant().faults.unavailable(routes.search, { times: 4 });
      expect(errorOf(await search(desk, 'megan'))).toMatchObject({
        code: 'throttled',
        message: expect.stringMatching(/temporarily unavailable/),
        hint: expect.stringMatching(/wait/i),
      });
      expect(statuses(desk, '/v1.0/users')).toEqual([503, 503, 503, 503]);
    },
  },
  {
    name: '429 on the mint POST: not retried, nothing created, the next mint works',
    async run({ desk }) {
      const adele = upn('adele.vance');
      desk.tenant().faults.throttle(routes.mint);
      expect(errorOf(await mint(desk, adele))).toMatchObject({ code: 'throttled' });
      expect(tapPostsFor(desk, adele)).toBe(1);
      expect(desk.tenant().tapOf(adele)).toBeNull();
      const minted = await mint(desk, adele);
      await handOver(desk, minted);
      expect(tapPostsFor(desk, adele)).toBe(2);
      expect(desk.tenant().tapOf(adele)).not.toBeNull();
    },
  },
];
