/**
 * What a mint or revoke needs to know about its target, as last read for the user card. The
 * user service implements it; the TAP service depends only on this interface.
 */
import type { TapInfo, UserCard } from '../../preload/contract';
import type { PolicyKnowledge } from '../tap-policy/policy';

export interface CardFacts {
  readonly card: UserCard;
  /** Only a Privileged Authentication Administrator may manage this user; null when unknown. */
  readonly targetPrivileged: boolean | null;
  readonly policy: PolicyKnowledge;
  /** Clock time the card was read. */
  readonly loadedAt: number;
}

export interface CardSource {
  /** The card as last loaded (if fresh), or loaded now: one Graph request. */
  facts(user: string): Promise<CardFacts>;
  /** Keeps the remembered card true after a mint (the new pass) or a revoke (null). */
  updateTap(userId: string, tap: TapInfo | null): void;
  /** Graph named the tenant's lifetime range in a refusal: later cards offer only that. */
  learnLifetime(min: number, max: number): void;
}
