/**
 * The TapService behind `tap.mint` and `tap.revoke`. A mint is checked against the card and the
 * policy first (a refusal sends nothing), sent once, recorded in the audit journal (awaited: the
 * entry is durable before the technician sees success), and only then handed to the show-once
 * handoff with the pass. A lost reply is read back, never re-sent.
 */
import type { Args, Handoff, MintOutcome, TapInfo } from '../../preload/contract';
import type { HandoffMeta } from '../handoff/handoff-session';
import type { FailureContext } from '../graph/failure-context';
import type { GraphCallError } from '../graph/graph-call-error';
import type { Graph } from '../graph/graph-client';
import type { Clock } from '../kernel/ports';
import { AppFailure } from '../kernel/result';
import type { TapService } from '../kernel/services';
import type { AuditEntry, AuditSink } from './audit-sink';
import type { CardFacts, CardSource } from './card-source';
import { checkMint, type RequiredChecklist } from './mint-checks';
import { mayHaveLanded, resolveLostReply } from './lost-reply';
import { includeGroupLabels } from '../tap-policy/policy';
import { isLiveTap, toTapInfo } from './tap-info';
import { createTap, deleteTap } from './tap-requests';
import { readFreshState } from './fresh-state';
import { discardUnusablePass } from './unusable-pass';
import { createUserLock } from './user-lock';
import { requireTechnician, type TechnicianContext } from './technician';

export type { HandoffMeta };

export interface TapServiceDeps {
  readonly graph: Graph;
  readonly clock: Clock;
  readonly technician: () => TechnicianContext | null;
  readonly cards: CardSource;
  /** Takes the pass into the show-once vault; the pass is not kept anywhere else. */
  readonly openHandoff: (pass: string, meta: HandoffMeta) => Handoff | Promise<Handoff>;
  readonly audit: AuditSink;
  readonly requiredChecklist?: RequiredChecklist;
  /** Default 60 s, Graph's own limit for authentication-method requests. */
  readonly mintTimeoutMs?: number;
}

function contextFor(
  operation: 'mint' | 'revoke',
  facts: CardFacts,
  technician: TechnicianContext,
): FailureContext {
  return {
    operation,
    targetPrivileged: facts.targetPrivileged,
    targetIsSelf: facts.card.user.id === technician.id,
    technician,
    policyState: facts.card.preflight.policy?.state ?? null,
    policyGroups: facts.policy.kind === 'known' ? includeGroupLabels(facts.policy.snapshot) : [],
  };
}

/** Appends, or tells the technician the journal is unavailable. */
async function record(audit: AuditSink, entry: AuditEntry, onFailure: AppFailure): Promise<void> {
  try {
    await audit.append(entry);
  } catch {
    throw onFailure;
  }
}

export function createTapService(deps: TapServiceDeps): TapService {
  const { graph, clock, cards, audit } = deps;
  const locks = createUserLock();

  /**
   * Runs `work` holding the user, by the key the renderer sent and by object id (a UPN and an id
   * name the same person), so a second mint or revoke for them is refused at once.
   */
  async function holdingUser<T>(key: string, work: (facts: CardFacts, technician: TechnicianContext) => Promise<T>): Promise<T> {
    const technician = requireTechnician(deps.technician);
    const releaseKey = locks.hold(key);
    let releaseId = (): void => undefined;
    try {
      const facts = await cards.facts(key);
      if (facts.card.user.id.toLowerCase() !== key.toLowerCase()) releaseId = locks.hold(facts.card.user.id);
      return await work(facts, technician);
    } finally {
      releaseId();
      releaseKey();
    }
  }

  /** The state right before the POST: a pass made since the card was read is replaced only when confirmed. */
  async function confirmFreshState(args: Args<'tap.mint'>, facts: CardFacts, context: FailureContext): Promise<TapInfo | null> {
    const user = facts.card.user;
    const fresh = await readFreshState(graph, clock, user.id, context);
    cards.updateTap(user.id, fresh.tap);
    if (!fresh.accountEnabled) {
      throw new AppFailure('account-disabled', 'This account was disabled since you opened the card: a pass would not let the user sign in.', 'Check why the account was disabled; enable it first if that is approved.');
    }
    if (isLiveTap(fresh.tap) && !args.replace) {
      throw new AppFailure(
        'conflict',
        `A pass was created for ${user.displayName} since you opened the card; nothing was sent.`,
        'Look at the card again, then confirm that you want to replace that pass.',
      );
    }
    return fresh.tap;
  }

  function mint(args: Args<'tap.mint'>, options?: { readonly queue?: string }): Promise<MintOutcome> {
    return holdingUser(args.user, (facts, technician) => mintHeld(args, facts, technician, options?.queue));
  }

  async function mintHeld(args: Args<'tap.mint'>, facts: CardFacts, technician: TechnicianContext, queue?: string): Promise<MintOutcome> {
    checkMint(args, facts, clock.now(), deps.requiredChecklist);
    const user = facts.card.user;
    const context = contextFor('mint', facts, technician);
    const prior = await confirmFreshState(args, facts, context);
    const replaced = isLiveTap(prior);
    const entry: AuditEntry = {
      action: replaced ? 'replace' : 'mint',
      result: 'success',
      target: user.userPrincipalName,
      targetId: user.id,
      ticket: args.verification.ticket,
      tier: args.verification.tier,
      checklist: args.verification.checked,
      method: args.verification.method,
      ...(args.verification.secondTechnician
        ? { secondTechnician: args.verification.secondTechnician }
        : {}),
      lifetimeInMinutes: args.lifetimeInMinutes,
      isUsableOnce: args.isUsableOnce,
      ...(args.startDateTime ? { startDateTime: args.startDateTime } : {}),
      ...(queue ? { queue } : {}),
    };
    const body = {
      lifetimeInMinutes: args.lifetimeInMinutes,
      isUsableOnce: args.isUsableOnce,
      ...(args.startDateTime ? { startDateTime: args.startDateTime } : {}),
    };

    let reply;
    try {
      reply = await createTap(graph, user.id, body, context, deps.mintTimeoutMs);
    } catch (error) {
      if (mayHaveLanded(error)) {
        // Recorded as unknown either way: the journal must show a request that may have landed.
        const unknown = audit
          .append({ ...entry, result: 'unknown', errorCode: 'outcome-unknown' })
          .catch(() => undefined);
        try {
          const lost = await resolveLostReply(
            graph,
            user.id,
            prior?.id ?? null,
            context,
            error as GraphCallError,
          );
          cards.updateTap(user.id, lost.outcome.tapNow);
          return lost.outcome;
        } finally {
          await unknown;
        }
      }
      const failure = error instanceof AppFailure ? error : undefined;
      if (failure?.code === 'lifetime-out-of-range' && failure.range) cards.learnLifetime(failure.range.min, failure.range.max);
      await audit
        .append({
          ...entry,
          result: 'failure',
          errorCode: failure?.code ?? 'internal',
          ...(failure?.requestId ? { requestId: failure.requestId } : {}),
        })
        .catch(() => undefined); // the mint's own failure is what the technician must see
      throw error;
    }

    const { temporaryAccessPass: pass, ...created } = reply.value;
    const tap = toTapInfo(created);
    if (!isLiveTap(tap)) {
      const discarded = await discardUnusablePass({
        graph,
        audit,
        userId: user.id,
        tap,
        policy: facts.policy,
        context,
        entry,
        ...(reply.requestId ? { requestId: reply.requestId } : {}),
      });
      cards.updateTap(user.id, discarded.deleted ? null : tap);
      throw discarded.failure;
    }
    cards.updateTap(user.id, tap);
    if (typeof pass !== 'string' || pass === '') {
      throw new AppFailure(
        'outcome-unknown',
        'Microsoft Graph created a pass but did not return it.',
        'Replace the pass to get one you can hand over.',
        reply.requestId,
      );
    }
    await record(
      audit,
      { ...entry, ...(reply.requestId ? { requestId: reply.requestId } : {}) },
      new AppFailure(
        'audit-unavailable',
        'The pass was created but could not be written to the audit journal, so it is not shown.',
        'Fix the audit folder in Settings, then replace the pass for this user.',
        reply.requestId,
      ),
    );
    const handoff = await deps.openHandoff(pass, {
      userId: user.id,
      userPrincipalName: user.userPrincipalName,
      userDisplayName: user.displayName,
      tap,
      replaced,
      ticket: args.verification.ticket,
      ...(reply.requestId ? { requestId: reply.requestId } : {}),
    });
    return { kind: 'minted', handoff };
  }

  function revoke(args: Args<'tap.revoke'>): Promise<{ revoked: true }> {
    return holdingUser(args.user, (facts, technician) => revokeHeld(args, facts, technician));
  }

  async function revokeHeld(args: Args<'tap.revoke'>, facts: CardFacts, technician: TechnicianContext): Promise<{ revoked: true }> {
    const user = facts.card.user;
    const entry: AuditEntry = {
      action: 'revoke',
      result: 'success',
      target: user.userPrincipalName,
      targetId: user.id,
      ...(args.ticket ? { ticket: args.ticket } : {}),
    };
    let requestId: string | undefined;
    try {
      requestId = (
        await deleteTap(graph, user.id, args.tapId, contextFor('revoke', facts, technician))
      ).requestId;
    } catch (error) {
      const failure = error instanceof AppFailure ? error : undefined;
      await audit
        .append({ ...entry, result: 'failure', errorCode: failure?.code ?? 'internal' })
        .catch(() => undefined);
      throw error;
    }
    cards.updateTap(user.id, null);
    await record(
      audit,
      { ...entry, ...(requestId ? { requestId } : {}) },
      new AppFailure(
        'audit-unavailable',
        'The pass was revoked, but the audit journal could not record it.',
        'Fix the audit folder in Settings; note the revocation in the ticket.',
        requestId,
      ),
    );
    return { revoked: true };
  }

  return { mint, revoke };
}
