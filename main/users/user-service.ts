/**
 * The UserService behind `users.search`, `users.card` and `users.cancel`, and the CardSource the
 * TAP service reads. A card is one `$batch` request; the TAP policy is read once per session
 * (warmed by the first search) and cached.
 */
import type { UserCard } from '../../preload/contract';
import { sendBatch } from '../graph/batch';
import type { Graph } from '../graph/graph-client';
import type { Clock } from '../kernel/ports';
import type { UserService } from '../kernel/services';
import type { CardFacts, CardSource } from '../tap/card-source';
import { requireTechnician, type TechnicianContext } from '../tap/technician';
import { parseCard } from './card-parse';
import { cardSteps, groupChunks } from './card-steps';
import { createCardStore } from './card-store';
import { createPolicyCache } from '../tap-policy/cache';
import { readPolicy } from '../tap-policy/read';
import { policyGroupIds } from '../tap-policy/verdict';
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
  /**
   * Re-reads the technician's roles (a role activated in PIM since sign-in), and when they were
   * last read. A card that would be blocked by the technician's roles re-reads them first.
   */
  readonly roles?: { readonly refresh: () => Promise<void>; readonly readAt: () => number };
}

/** Roles older than this are re-read before a card is blocked because of them. */
export const ROLE_REFRESH_AFTER_MS = 60_000;

const roleBlockCodes: ReadonlySet<string> = new Set(['forbidden', 'needs-privileged-role', 'outside-admin-unit']);

export interface UserServiceImpl extends UserService, CardSource {
  /** Reads the TAP policy again before the next card (after an admin changed it). */
  refreshPolicy(): void;
  /** Reads the policy now (after sign-in), so even the first card is one request. */
  warmUp(): Promise<void>;
  /** Forgets cards and the policy: call on sign-out or when the technician changes. */
  forgetSession(): void;
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
    policyRead ??= readPolicy(graph, clock, technician)
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
    const checked = [...new Set(groupIds)];
    const batch = await sendBatch(graph, cardSteps(user, checked), {
      clock,
      timeoutMs: deps.cardTimeoutMs ?? 20_000,
      context: { operation: 'card', technician },
      ...(signal ? { signal } : {}),
    });
    const parse = (who: TechnicianContext): CardFacts =>
      parseCard({
        parts: batch.parts,
        groupChunks: groupChunks(checked),
        attempts: batch.attempts,
        policy: cached,
        technician: who,
        now: clock.now(),
        ...(deps.privilegedGroupIds ? { privilegedGroupIds: deps.privilegedGroupIds } : {}),
      });
    let facts = parse(technician);
    if (await rolesChangedBeforeBlock(facts)) facts = parse(requireTechnician(deps.technician));
    cards.remember(user, facts);
    return facts;
  }

  /** A block that depends on the technician's roles re-reads them first, when they are not fresh. */
  async function rolesChangedBeforeBlock(facts: CardFacts): Promise<boolean> {
    const roles = deps.roles;
    if (!roles || !facts.card.preflight.blocks.some((b) => roleBlockCodes.has(b.code))) return false;
    if (clock.now() - roles.readAt() < ROLE_REFRESH_AFTER_MS) return false;
    try {
      await roles.refresh();
      return true;
    } catch {
      return false; // the card as read still stands
    }
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
    learnLifetime: (min, max) => policy.learnLifetime(min, max),
    refreshPolicy: () => policy.clear(),
    warmUp: async () => ensurePolicy(requireTechnician(deps.technician)),
    forgetSession() {
      policy.clear();
      cards.clear();
      searches.cancel();
    },
  };
}
