/**
 * Sends the notice: `POST /me/sendMail`, or `/users/{shared mailbox}/sendMail` when the policy
 * names one (the technician needs Send As on it; the app Mail.Send.Shared). The manager, when the
 * policy asks for a copy, is read from the directory right before (one request). Never retried:
 * a second POST could send the message twice; a failure is reported in a technician's words.
 */
import { GraphCallError } from '../graph/graph-call-error';
import type { Graph } from '../graph/graph-client';
import { AppFailure } from '../kernel/result';
import { noticeSubject, noticeText, type NoticeFacts } from './notice-message';

export interface NoticeSettings {
  readonly template: string;
  readonly sharedMailbox: string;
  readonly managerCopy: boolean;
}

export interface NoticeTarget {
  readonly userId: string;
  /** The user's mailbox; without one nothing can be sent. */
  readonly mail: string | undefined;
}

export interface NoticeSent {
  readonly from: string;
  readonly to: string;
  readonly cc: readonly string[];
}

const recipient = (address: string) => ({ emailAddress: { address } });

async function managerMail(graph: Graph, userId: string): Promise<string | null> {
  try {
    const reply = await graph.send<{ mail?: string | null }>({
      method: 'GET',
      path: `users/${encodeURIComponent(userId)}/manager?$select=mail`,
      retryable: true,
      timeoutMs: 15_000,
      context: { operation: 'read' },
    });
    return reply.value.mail ?? null;
  } catch {
    // No manager (404) or not readable: the user's own notice still goes.
    return null;
  }
}

export async function sendNotice(graph: Graph, settings: NoticeSettings, target: NoticeTarget, facts: NoticeFacts): Promise<NoticeSent> {
  if (!target.mail) {
    throw new AppFailure('not-found', 'This user has no mailbox, so no notice was sent.', 'Tell them in person who issued the pass and how to report it if it was not them.');
  }
  const cc = settings.managerCopy ? await managerMail(graph, target.userId) : null;
  const from = settings.sharedMailbox;
  try {
    await post(graph, from, target.mail, cc, settings.template, facts);
  } catch (error) {
    throw inWords(error, from);
  }
  return { from: from || 'the technician', to: target.mail, cc: cc ? [cc] : [] };
}

/** Graph's refusal, said for a technician with what to ask for. */
function inWords(error: unknown, from: string): unknown {
  if (!(error instanceof GraphCallError)) return error;
  const mailbox = from || 'your mailbox';
  if (error.status === 403) {
    return new AppFailure(
      'forbidden',
      `The notice was not sent: TAP Desk may not send mail from ${mailbox}.`,
      from
        ? `Ask an Exchange admin to give you Send As on ${from}, and an admin to consent Mail.Send.Shared for TAP Desk.`
        : 'Ask an admin to consent the Mail.Send permission for TAP Desk.',
      error.requestId,
    );
  }
  if (error.status === 404) {
    return new AppFailure('not-found', `The notice was not sent: ${mailbox} has no mailbox Exchange knows.`, 'Ask an admin to check the shared mailbox in the notice policy.', error.requestId);
  }
  if (error.status === 400) {
    return new AppFailure('bad-request', "The notice was not sent: Exchange refused the message (the user's address may not be valid).", "Tell the user in person; ask an admin to check the user's mail address.", error.requestId);
  }
  return new AppFailure(error.code, `The notice was not sent: ${error.message}`, error.hint ?? 'Tell the user in person.', error.requestId);
}

async function post(graph: Graph, from: string, to: string, cc: string | null, template: string, facts: NoticeFacts): Promise<void> {
  await graph.send({
    method: 'POST',
    path: from ? `users/${encodeURIComponent(from)}/sendMail` : 'me/sendMail',
    body: {
      message: {
        subject: noticeSubject,
        body: { contentType: 'Text', content: noticeText(template, facts) },
        toRecipients: [recipient(to)],
        ...(cc ? { ccRecipients: [recipient(cc)] } : {}),
      },
      saveToSentItems: true,
    },
    retryable: false,
    timeoutMs: 30_000,
    context: { operation: 'read' },
  });
}
