/**
 * What a fault scenario is, and the technician's steps it is made of (open a card, mint, hand
 * over), each sent through `dispatch` like the renderer would.
 */
import type { FollowList, Args, MintOutcome, Reply, UserCard } from '../../../preload/contract';
import type { FaultDesk } from './fault-desk';

/** Where scenarios run: the live desk, and every desk of the run (a restart adds one). */
export interface World {
  desk: FaultDesk;
  readonly desks: FaultDesk[];
  /** Quits the app and starts it again on the same PC (same user folder and token store). */
  restart(): Promise<FaultDesk>;
}

export interface Scenario {
  readonly name: string;
  /** Passes the technician means to create, by UPN; any other pass is a duplicate. */
  readonly intendedMints?: Readonly<Record<string, number>>;
  run(world: World): Promise<void>;
}

export const upn = (name: string): string => `${name}@contoso.example`;

export const TECHNICIAN = upn('priya.natarajan');

/** Routes as the tenant matches them (path without the query). */
export const routes = {
  search: { method: 'GET', path: '/v1.0/users' },
  batch: { method: 'POST', path: '/v1.0/$batch' },
  mint: { method: 'POST', path: /\/temporaryAccessPassMethods$/ },
  token: { method: 'POST', path: /\/oauth2\/v2\.0\/token$/ },
} as const;

/** The value of a reply that must have succeeded; the error otherwise, for a readable failure. */
export function valueOf<T>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(`expected success, got ${reply.error.code}: ${reply.error.message}`);
  return reply.value as T;
}

export function errorOf(reply: Reply<unknown>): { code: string; message: string; hint?: string } {
  if (reply.ok) throw new Error('expected an error reply, got success');
  return reply.error;
}

export const signIn = (desk: FaultDesk): Promise<Reply<unknown>> =>
  desk.call('auth.signIn', { flow: 'browser', demoTechnician: TECHNICIAN });

export const search = (desk: FaultDesk, query: string): Promise<Reply<unknown>> =>
  desk.call('users.search', { query });

export const card = (desk: FaultDesk, user: string): Promise<Reply<unknown>> =>
  desk.call('users.card', { user });

/** Mint arguments the card's pre-flight allows: the policy's default lifetime, valid evidence. */
export async function mintArgs(desk: FaultDesk, userCard: UserCard): Promise<Args<'tap.mint'>> {
  const policy = userCard.preflight.policy;
  return {
    user: userCard.user.userPrincipalName,
    lifetimeInMinutes: policy?.defaultLifetimeInMinutes ?? 60,
    isUsableOnce: policy?.isUsableOnce ?? false,
    replace: userCard.preflight.replaces,
    verification: await desk.evidence(userCard.preflight.tier),
  };
}

/** Opens the card, then mints with what it allows. */
export async function mint(desk: FaultDesk, user: string): Promise<Reply<unknown>> {
  const userCard = valueOf<UserCard>(await card(desk, user));
  return desk.call('tap.mint', await mintArgs(desk, userCard));
}

/** Closes the handoff of a minted pass, so main holds no pass once the scenario ends. */
export async function handOver(desk: FaultDesk, reply: Reply<unknown>): Promise<void> {
  const outcome = valueOf<MintOutcome>(reply);
  if (outcome.kind !== 'minted') return;
  valueOf(await desk.call('handoff.close', { handoffId: outcome.handoff.handoffId, reason: 'handed-over' }));
  // "Handed over" starts following the person; its polls would take the faults a scenario arms
  // for the next step. Following under faults has its own tests (test/integration/tap/follow.test.ts).
  const following = valueOf<FollowList>(await desk.call('follow.list', {}));
  for (const person of following.people) valueOf(await desk.call('follow.stop', { userId: person.userId }));
}

/** TAP POSTs the tenant received for a user (any status). */
export function tapPostsFor(desk: FaultDesk, user: string): number {
  const id = desk.tenant().findUser(user)?.id;
  if (!id) throw new Error(`no such user ${user}`);
  return desk
    .tenant()
    .requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/users/${id}/authentication/temporaryAccessPassMethods`))
    .length;
}

/** Resolves after the tenant has logged `count` more requests matching `path` (a hang is logged on arrival). */
export async function arrived(desk: FaultDesk, path: RegExp, from: number, count = 1): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 5) {
    const seen = desk.tenant().requests.slice(from).filter((r) => path.test(r.path)).length;
    if (seen >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`the tenant never saw ${String(path)}`);
}
