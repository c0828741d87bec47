/**
 * A pass Graph created but that cannot sign in: Entra's older answer for a user outside the TAP
 * policy's targets is a 201 with `isUsable: false` and `DisabledByPolicy` ("Configure Temporary
 * Access Pass": a pass can be created for anyone, only users in the policy can sign in with it).
 * Such a pass is never handed over as if it worked: it is deleted at once, both steps are
 * journalled, and the technician gets the same clear answer as for Entra's 400 refusal.
 */
import type { TapInfo } from '../../preload/contract';
import type { FailureContext } from '../graph/failure-context';
import type { Graph } from '../graph/graph-client';
import { AppFailure } from '../kernel/result';
import type { AuditEntry, AuditSink } from './audit-sink';
import type { PolicyKnowledge } from '../tap-policy/policy';
import { outsidePolicyHint, outsidePolicyMessage } from './preflight-rules';
import { deleteTap } from './tap-requests';

function explain(tap: TapInfo, policy: PolicyKnowledge): { code: AppFailure['code']; message: string; hint: string } {
  const snapshot = policy.kind === 'known' ? policy.snapshot : null;
  if (tap.state === 'DisabledByPolicy' && snapshot?.policy.state === 'disabled') {
    return {
      code: 'policy-disabled',
      message: 'Temporary Access Pass is turned off in this tenant, so the pass would not work.',
      hint: 'Ask an Authentication Policy Administrator to enable the Temporary Access Pass method.',
    };
  }
  if (tap.state === 'DisabledByPolicy') {
    return { code: 'user-not-in-policy', message: outsidePolicyMessage, hint: outsidePolicyHint(snapshot) };
  }
  return {
    code: 'pass-unusable',
    message: `Microsoft Graph created a pass that cannot be used (${tap.state}).`,
    hint: 'Try again; if it happens again, quote the request id to your admin.',
  };
}

export interface UnusablePass {
  readonly graph: Graph;
  readonly audit: AuditSink;
  readonly userId: string;
  readonly tap: TapInfo;
  readonly policy: PolicyKnowledge;
  readonly context: FailureContext;
  /** The mint's own journal entry, to record as a failure. */
  readonly entry: AuditEntry;
  readonly requestId?: string;
}

/** Deletes the pass, journals both steps, and returns the failure to show (never throws another). */
export async function discardUnusablePass(input: UnusablePass): Promise<{ failure: AppFailure; deleted: boolean }> {
  const { code, message, hint } = explain(input.tap, input.policy);
  const requestId = input.requestId ? { requestId: input.requestId } : {};
  await input.audit.append({ ...input.entry, result: 'failure', errorCode: code, ...requestId }).catch(() => undefined);
  const revoke: AuditEntry = { action: 'revoke', result: 'success', target: input.entry.target, ...(input.entry.ticket ? { ticket: input.entry.ticket } : {}) };
  try {
    const reply = await deleteTap(input.graph, input.userId, input.tap.id, { ...input.context, operation: 'revoke' });
    await input.audit.append({ ...revoke, ...(reply.requestId ? { requestId: reply.requestId } : {}) }).catch(() => undefined);
    return { failure: new AppFailure(code, `${message} TAP Desk deleted it at once.`, hint, input.requestId), deleted: true };
  } catch (error) {
    const failed = error instanceof AppFailure ? error : undefined;
    await input.audit.append({ ...revoke, result: 'failure', errorCode: failed?.code ?? 'internal' }).catch(() => undefined);
    return {
      failure: new AppFailure(code, `${message} It could not be deleted just now.`, `Revoke it from the user's card. ${hint}`, input.requestId),
      deleted: false,
    };
  }
}
