/**
 * The user's notice after a mint, off the handoff's path: sent with a token for Mail.Send only
 * (asked for when a notice goes), journalled either way, and reported to the technician. A
 * failure never blocks the handoff. Built from who, when, where and until when: never the pass.
 */
import type { AuditJournal } from '../audit/journal';
import type { EffectiveConfig } from '../config/view';
import type { EventSink } from '../kernel/events';
import type { Graph } from '../graph/graph-client';
import { AppFailure } from '../kernel/result';
import { noticeWanted } from './notice-decision';
import { sendNotice } from './notice-send';

export interface NoticeJob {
  readonly userId: string;
  readonly userPrincipalName: string;
  readonly userDisplayName: string;
  readonly mail: string | undefined;
  readonly ticket: string;
  readonly validUntil: string;
  readonly technician: { readonly upn: string; readonly id: string; readonly displayName: string };
  /** What the technician chose where the policy offers the notice. */
  readonly notify: boolean | undefined;
}

export interface NoticeAfterMintDeps {
  readonly policy: () => EffectiveConfig['notice'];
  /** Graph with a Mail.Send (or Mail.Send.Shared) token. */
  readonly mailGraph: (shared: boolean) => Graph;
  readonly journal: () => AuditJournal;
  readonly emit: EventSink;
  readonly now: () => number;
}

/** Sends when the policy (or the technician, where offered) wants it; resolves once reported. */
export async function noticeAfterMint(deps: NoticeAfterMintDeps, job: NoticeJob): Promise<void> {
  const policy = deps.policy();
  if (!noticeWanted(policy.mode, job.notify)) return;
  const target = { upn: job.userPrincipalName, id: job.userId };
  const technician = { upn: job.technician.upn, id: job.technician.id };
  try {
    const sent = await sendNotice(
      deps.mailGraph(policy.sharedMailbox !== ''),
      { template: policy.template, sharedMailbox: policy.sharedMailbox, managerCopy: policy.managerCopy },
      { userId: job.userId, mail: job.mail },
      {
        userDisplayName: job.userDisplayName,
        technicianDisplayName: job.technician.displayName,
        desk: policy.desk,
        ticket: job.ticket,
        issuedAt: new Date(deps.now()).toISOString(),
        validUntil: job.validUntil,
      },
    );
    await deps.journal().append({ action: 'notice', result: 'success', target, technician, ticket: job.ticket }).catch(() => undefined);
    deps.emit('notice.result', { userPrincipalName: job.userPrincipalName, ok: true, message: `${job.userDisplayName} was sent a notice at ${sent.to}${sent.cc.length > 0 ? ' (their manager in copy)' : ''}.` });
  } catch (error) {
    const failure = error instanceof AppFailure ? error : new AppFailure('internal', 'The notice was not sent.', 'Tell the user in person.');
    await deps.journal().append({ action: 'notice', result: 'failure', target, technician, ticket: job.ticket, errorCode: failure.code }).catch(() => undefined);
    deps.emit('notice.result', { userPrincipalName: job.userPrincipalName, ok: false, message: failure.message, ...(failure.hint ? { hint: failure.hint } : {}) });
  }
}
