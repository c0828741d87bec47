/**
 * The TAP policy, read once per session (inside the first card's batch) so every later card is
 * exactly one request. "Unreadable" (403 for the technician's roles) is remembered too; a
 * transient failure is not. `clear()` forces a fresh read with the next card.
 */
import type { PolicyKnowledge } from './policy';

export interface PolicyCache {
  get(): PolicyKnowledge;
  remember(knowledge: PolicyKnowledge): void;
  /** Lifetime bounds Graph named in a refusal: kept while the policy itself cannot be read. */
  learnLifetime(min: number, max: number): void;
  clear(): void;
}

export function createPolicyCache(): PolicyCache {
  let knowledge: PolicyKnowledge = { kind: 'unknown' };
  return {
    get: () => knowledge,
    remember(next) {
      if (next.kind === 'unknown') return;
      const learned = knowledge.kind !== 'known' ? knowledge.learned : undefined;
      knowledge = next.kind === 'unreadable' && learned && !next.learned ? { ...next, learned } : next;
    },
    learnLifetime(min, max) {
      if (knowledge.kind !== 'known') knowledge = { ...knowledge, learned: { min, max } };
    },
    clear() {
      knowledge = { kind: 'unknown' };
    },
  };
}
