/**
 * The checks a mint request must pass before anything is sent: the card's pre-flight blocks, the
 * identity-verification tier, replace confirmation, and the policy's lifetime, one-time and
 * start rules. A refused request costs no Graph request at all.
 */
import type { Args, LifetimeRange, VerificationTier } from '../../preload/contract';
import { formatMinutes } from '../../preload/contract/limits';
import { AppFailure } from '../kernel/result';
import type { CardFacts } from './card-source';
import { isLiveTap } from './tap-info';

/** The checklist item ids a tier requires (from the deployment's verification settings). */
export type RequiredChecklist = (tier: VerificationTier) => readonly string[];

function checkVerification(
  args: Args<'tap.mint'>,
  facts: CardFacts,
  required?: RequiredChecklist,
): void {
  const tier = facts.card.preflight.tier;
  const evidence = args.verification;
  if (tier === 'privileged' && evidence.tier !== 'privileged') {
    throw new AppFailure(
      'verification-incomplete',
      'This user needs the privileged identity checks, not the standard ones.',
      'Complete the privileged checklist, then create the pass.',
    );
  }
  const missing = (required?.(evidence.tier) ?? []).filter((id) => !evidence.checked.includes(id));
  if (missing.length > 0) {
    throw new AppFailure(
      'verification-incomplete',
      `${missing.length} identity check${missing.length === 1 ? ' is' : 's are'} not ticked.`,
      'Tick every check on the list before creating the pass.',
    );
  }
}

const rangeSource: Record<LifetimeRange['source'], string> = {
  policy: " under the tenant's TAP policy",
  learned: ' (the range Microsoft Graph named for this tenant)',
  'documented-default': " (Entra's default TAP policy: the tenant's own policy could not be read)",
};

function checkPolicy(args: Args<'tap.mint'>, facts: CardFacts, now: number): void {
  const policy = facts.card.preflight.policy;
  const bounds = facts.card.preflight.lifetime;
  if (args.lifetimeInMinutes < bounds.min || args.lifetimeInMinutes > bounds.max) {
    throw new AppFailure(
      'lifetime-out-of-range',
      `The lifetime must be from ${formatMinutes(bounds.min)} to ${formatMinutes(bounds.max)} (${bounds.min}-${bounds.max} minutes)${rangeSource[bounds.source]}.`,
      `Choose a lifetime between ${bounds.min} and ${bounds.max} minutes.`,
    );
  }
  if (policy?.isUsableOnce && !args.isUsableOnce) {
    throw new AppFailure(
      'one-time-required',
      "The tenant's TAP policy only allows one-time passes.",
      'Turn on "one-time use".',
    );
  }
  if (args.startDateTime !== undefined && Date.parse(args.startDateTime) < now) {
    throw new AppFailure(
      'start-in-past',
      'The start time is in the past.',
      'Pick a later start time, or leave it empty to start immediately.',
    );
  }
}

/** Throws the first reason this mint must not be sent. */
export function checkMint(
  args: Args<'tap.mint'>,
  facts: CardFacts,
  now: number,
  required?: RequiredChecklist,
): void {
  const first = facts.card.preflight.blocks[0];
  if (first) throw new AppFailure(first.code, first.message, first.hint);
  checkVerification(args, facts, required);
  if (!args.replace && isLiveTap(facts.card.tap)) {
    throw new AppFailure(
      'conflict',
      'This user already has a pass. Creating a new one replaces it.',
      'Confirm that you want to replace the existing pass.',
    );
  }
  checkPolicy(args, facts, now);
}
