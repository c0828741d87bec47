/**
 * The connection itself fails: resets on reads (no reply at all), hangs past the app's time
 * limits (15 s for a search, 20 s for a card, 60 s for a mint; all on the clock port, so the
 * suite moves time instead of waiting), and a mint whose reply is lost after it committed.
 */
import { expect } from 'vitest';
import type { MintOutcome, UserCard } from '../../../preload/contract';
import type { FaultDesk } from './fault-desk';
import {
  arrived,
  card,
  errorOf,
  handOver,
  mint,
  mintArgs,
  routes,
  search,
  tapPostsFor,
  upn,
  valueOf,
  type Scenario,
} from './scenario-kit';

const MEGAN = upn('megan.bowen');

/** Starts a command that will hang, waits until the tenant holds it, then moves time past `limitMs`. */
async function pastTimeLimit(
  desk: FaultDesk,
  pending: Promise<unknown>,
  path: RegExp,
  from: number,
  limitMs: number,
): Promise<void> {
  await arrived(desk, path, from);
  // The only thing left to wait for is the app's own time limit, on the clock port.
  expect(desk.clock.pending().some((due) => due - desk.clock.now() === limitMs)).toBe(true);
  desk.clock.advance(limitMs);
  await pending;
}

export const networkScenarios: Scenario[] = [
  {
    name: 'connection resets on reads: offline, naming the host; next read works',
    async run({ desk }) {
      const host = desk.tenant().knownAuthority;
      desk.tenant().faults.reset(routes.search);
      const searchError = errorOf(await search(desk, 'megan'));
      expect(searchError.code).toBe('offline');
      expect(searchError.message).toContain(host);
      desk.tenant().faults.reset(routes.batch);
      const cardError = errorOf(await card(desk, MEGAN));
      expect(cardError.code).toBe('offline');
      expect(cardError.message).toContain(host);
      expect(valueOf<UserCard>(await card(desk, MEGAN)).user.userPrincipalName).toBe(MEGAN);
    },
  },
  {
    name: 'hangs past the time limit on search and card: timeout, naming the host',
    async run({ desk }) {
      const host = desk.tenant().knownAuthority;
      desk.tenant().faults.hang(routes.search);
      let from = desk.tenant().requests.length;
      const searching = desk.start('users.search', { query: 'megan' });
      await pastTimeLimit(desk, searching, /^\/v1\.0\/users$/, from, 15_000);
      expect(errorOf(await searching)).toMatchObject({ code: 'timeout', message: expect.stringContaining(host) });

      desk.tenant().faults.hang(routes.batch);
      from = desk.tenant().requests.length;
      const opening = desk.start('users.card', { user: MEGAN });
      await pastTimeLimit(desk, opening, /^\/v1\.0\/\$batch$/, from, 20_000);
      expect(errorOf(await opening)).toMatchObject({ code: 'timeout', message: expect.stringContaining(host) });
      expect(valueOf<UserCard>(await card(desk, MEGAN)).user.userPrincipalName).toBe(MEGAN);
    },
  },
  {
    name: 'a mint that hangs past 60 s: read back, no pass, one POST; retrying then works',
    async run({ desk }) {
      const alan = upn('alan.steiner');
      const args = await mintArgs(desk, valueOf<UserCard>(await card(desk, alan)));
      desk.tenant().faults.hang(routes.mint);
      const from = desk.tenant().requests.length;
      const minting = desk.start('tap.mint', args);
      await pastTimeLimit(desk, minting, routes.mint.path, from, 60_000);
      const outcome = valueOf<MintOutcome>(await minting);
      expect(outcome).toMatchObject({ kind: 'unknown', tapNow: null, message: expect.stringMatching(/no pass was created/) });
      expect(tapPostsFor(desk, alan)).toBe(1);
      expect(desk.tenant().tapOf(alan)).toBeNull();
      await handOver(desk, await desk.call('tap.mint', args));
      expect(tapPostsFor(desk, alan)).toBe(2);
    },
  },
  {
    name: 'a mint whose reply is lost (commit-then-drop): unknown, pass read back, no second POST',
    async run({ desk }) {
      desk.tenant().faults.commitThenDrop(routes.mint);
      const outcome = valueOf<MintOutcome>(await mint(desk, MEGAN));
      if (outcome.kind !== 'unknown') throw new Error(`expected a lost reply, got ${outcome.kind}`);
      expect(outcome.tapNow).not.toBeNull();
      expect(outcome.tapNow?.id).toBe(desk.tenant().tapOf(MEGAN)?.id);
      expect(outcome.message).toMatch(/WAS created/);
      expect(tapPostsFor(desk, MEGAN)).toBe(1);
      // What the lost mint cost: the check right before it (one $batch), the POST, then one
      // read-back GET; never a second POST.
      expect(desk.calls.at(-1)?.entries.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 200', 'POST 0', 'GET 200']);
      // The technician follows the advice: replace it to get a pass to hand over.
      const replaced = await mint(desk, MEGAN);
      expect(valueOf<MintOutcome>(replaced)).toMatchObject({ kind: 'minted', handoff: { replaced: true } });
      await handOver(desk, replaced);
      expect(tapPostsFor(desk, MEGAN)).toBe(2);
    },
  },
  {
    name: 'a lost mint reply whose read-back also fails: outcome-unknown, still one POST',
    async run({ desk }) {
      const miriam = upn('miriam.graham');
      desk.tenant().faults.commitThenDrop(routes.mint);
      // The read-back is tried twice (a read is safe to repeat): both fail here.
      desk.tenant().faults.reset({ method: 'GET', path: routes.mint.path }, { times: 2 });
      const error = errorOf(await mint(desk, miriam));
      expect(error).toMatchObject({ code: 'outcome-unknown', hint: expect.stringMatching(/check for a pass/) });
      expect(tapPostsFor(desk, miriam)).toBe(1);
      expect(desk.tenant().tapOf(miriam)).not.toBeNull();
    },
  },
];
