/**
 * The cards read this session, by object id and by UPN, so a mint right after the card costs no
 * extra read. Entries expire after `maxAgeMs`: a pass someone else created meanwhile must not be
 * replaced without the technician being asked.
 */
import type { TapInfo } from '../../preload/contract';
import type { Clock } from '../kernel/ports';
import type { CardFacts } from '../tap/card-source';
import { preflightWithTap } from '../tap/preflight';

export interface CardStore {
  get(user: string): CardFacts | undefined;
  remember(user: string, facts: CardFacts): void;
  updateTap(userId: string, tap: TapInfo | null): void;
  clear(): void;
}

export function createCardStore(clock: Clock, maxAgeMs = 5 * 60_000): CardStore {
  const byKey = new Map<string, CardFacts>();
  const keysOf = (facts: CardFacts): string[] =>
    [facts.card.user.id, facts.card.user.userPrincipalName]
      .filter(Boolean)
      .map((k) => k.toLowerCase());
  const put = (facts: CardFacts, extra?: string): void => {
    for (const key of [...keysOf(facts), ...(extra ? [extra.toLowerCase()] : [])])
      byKey.set(key, facts);
  };
  return {
    get(user) {
      const facts = byKey.get(user.toLowerCase());
      return facts && clock.now() - facts.loadedAt <= maxAgeMs ? facts : undefined;
    },
    remember(user, facts) {
      put(facts, user);
    },
    updateTap(userId, tap) {
      const facts = byKey.get(userId.toLowerCase());
      if (!facts) return;
      const next: CardFacts = {
        ...facts,
        card: { ...facts.card, tap, preflight: preflightWithTap(facts.card.preflight, tap) },
      };
      for (const [key, value] of byKey) if (value === facts) byKey.set(key, next);
    },
    clear() {
      byKey.clear();
    },
  };
}
