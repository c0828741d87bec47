/**
 * The UserService behind `users.search`, `users.card` and `users.cancel`, and the CardSource the
 * TAP service reads. A card is one `$batch` request; the TAP policy is read once per session
 * (warmed by the first search) and cached.
 */
import type { UserCard } from '../../preload/contract';
import { sendBatch } from '../graph/batch';
import type { Graph } from '../graph/graph-client';
import type { Clock } from '../ports';
import { AppFailure } from '../result';
import type { UserService } from '../services';
import type { CardFacts, CardSource } from '../tap/card-source';
import type { TechnicianContext } from '../tap/technician';
import { parseCard } from './card-parse';
import { cardSteps } from './card-steps';
import { createCardStore } from './card-store';
import { createPolicyCache } from './policy-cache';
import { readPolicy } from './policy-read';
import { policyGroupIds } from '../tap/policy-verdict';
import { createSearchCoordinator } from './search-coordinator';
import { searchUsers } from './user-search';

export interface UserServiceDeps {
  readonly graph: Graph;
  readonly clock: Clock;
  /** The signed-in technician, or null when signed out. */
  readonly technician: () => TechnicianContext | null;
  /** Groups whose members get the privileged verification tier (deployment setting). */
  readonly privilegedGroupIds?: readonly string[];
  /** Default 20 s: a card is one request, but a batch of five reads may take longer than one. */
  readonly cardTimeoutMs?: number;
}

export interface UserServiceImpl extends UserService, CardSource {
  /** Reads the TAP policy again before the next card (after an admin changed it). */
  refreshPolicy(): void;
  /** Reads the policy now (after sign-in), so even the first card is one request. */
  warmUp(): Promise<void>;
  /** Forgets cards and the policy: call on sign-out or when the technician changes. */
  forgetSession(): void;
}

export function requireTechnician(technician: () => TechnicianContext | null): TechnicianContext {
  const current = technician();
  if (!current)
    throw new AppFailure('not-signed-in', 'You are not signed in.', 'Sign in to continue.');
  return current;
}

export function createUserService(deps: UserServiceDeps): UserServiceImpl {
  const { graph, clock } = deps;
  const policy = createPolicyCache();
  const cards = createCardStore(clock);
  const searches = createSearchCoordinator((text, signal) => searchUsers(graph, text, signal));
  let cardController: AbortController | undefined;
  let policyRead: Promise<void> | undefined;

  /** Reads the policy once (concurrent callers share the read); a transient failure is retried next time. */
  function ensurePolicy(technician: TechnicianContext): Promise<void> {
    if (policy.get().kind !== 'unknown') return Promise.resolve();
    policyRead ??= readPolicy(graph, technician)
      .then((knowledge) => policy.remember(knowledge))
      .finally(() => {
        policyRead = undefined;
      });
    return policyRead;
  }

  async function load(user: string, signal?: AbortSignal): Promise<CardFacts> {
    const technician = requireTechnician(deps.technician);
    await ensurePolicy(technician);
    const cached = policy.get();
    const groupIds = [
      ...(cached.kind === 'known' ? policyGroupIds(cached.snapshot) : []),
      ...(deps.privilegedGroupIds ?? []).map((id) => id.toLowerCase()),
    ];
    const batch = await sendBatch(graph, cardSteps(user, [...new Set(groupIds)]), {
      clock,
      timeoutMs: deps.cardTimeoutMs ?? 20_000,
      context: { operation: 'card', technician },
      ...(signal ? { signal } : {}),
    });
    const facts = parseCard({
      parts: batch.parts,
      attempts: batch.attempts,
      policy: cached,
      technician,
      now: clock.now(),
      ...(deps.privilegedGroupIds ? { privilegedGroupIds: deps.privilegedGroupIds } : {}),
    });
    cards.remember(user, facts);
    return facts;
  }

  return {
    async search(args) {
      const technician = requireTechnician(deps.technician);
      // The first search warms the policy cache in the background, so the first card is one request too.
      ensurePolicy(technician).catch(() => undefined);
      return searches.search(args.query);
    },
    async card(args): Promise<UserCard> {
      // Opening another user abandons the previous card's read.
      cardController?.abort();
      const controller = new AbortController();
      cardController = controller;
      try {
        return (await load(args.user, controller.signal)).card;
      } finally {
        if (cardController === controller) cardController = undefined;
      }
    },
    async cancel() {
      searches.cancel();
      cardController?.abort();
      cardController = undefined;
      return null;
    },
    async facts(user) {
      return cards.get(user) ?? (await load(user));
    },
    updateTap: (userId, tap) => cards.updateTap(userId, tap),
    refreshPolicy: () => policy.clear(),
    warmUp: async () => ensurePolicy(requireTechnician(deps.technician)),
    forgetSession() {
      policy.clear();
      cards.clear();
      searches.cancel();
    },
  };
}
