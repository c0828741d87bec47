/**
 * `POST /me/sendMail` and `POST /users/{id | userPrincipalName}/sendMail` ("user: sendMail"):
 * 202 Accepted with no body; delegated `Mail.Send` for one's own mailbox; another mailbox (a
 * shared one) needs `Mail.Send.Shared` AND Send As / Send on Behalf on it, else 403
 * ErrorSendAsDenied ("Send Outlook messages from another user using the Outlook mail API").
 * A user without a mailbox: 404 MailboxNotEnabledForRESTAPI; an unknown one: 404
 * ErrorInvalidUser. Recipients are validated as Exchange does (ErrorInvalidRecipients).
 */
import { GraphFailure, type EmuResponse } from '../http/types';
import { authenticate, hasScope, type Caller } from '../graph/authenticate';
import { jsonObjectBody } from '../graph/json-body';
import { graphHeaders } from '../graph/respond';
import type { GraphCall, GraphRoute } from '../graph/route-types';
import type { SentMail } from './mail-state';

const accessDenied = () => new GraphFailure(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
const address = /^[^\s@"<>]+@[^\s@"<>]+\.[^\s@"<>]+$/;

/** The mailbox the call sends from, after the permission checks. */
function sendingMailbox(call: GraphCall, caller: Caller): string {
  const key = call.params['id'] ?? '';
  const own = key === '@me' || key.toLowerCase() === caller.user.id.toLowerCase() || key.toLowerCase() === caller.user.userPrincipalName.toLowerCase();
  if (own) {
    if (!hasScope(caller, 'Mail.Send')) throw accessDenied();
    if (!caller.user.mail) throw new GraphFailure(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
    return caller.user.mail;
  }
  // Someone else's mailbox: the token must carry Mail.Send.Shared (Mail.Send covers only one's own).
  if (!hasScope(caller, 'Mail.Send.Shared')) throw accessDenied();
  const shared = call.context.mail.shared.get(key.toLowerCase());
  const user = shared ? undefined : call.context.directory.find(key);
  if (!shared && !user) throw new GraphFailure(404, 'ErrorInvalidUser', `The requested user '${key}' is invalid.`);
  if (user && !user.mail) throw new GraphFailure(404, 'MailboxNotEnabledForRESTAPI', 'The mailbox is either inactive, soft-deleted, or is hosted on-premise.');
  if (!shared?.senders.has(caller.user.id.toLowerCase())) {
    throw new GraphFailure(403, 'ErrorSendAsDenied', 'The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account., Cannot submit message.');
  }
  return shared.address;
}

function recipients(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new GraphFailure(400, 'BadRequest', `Invalid value for property '${field}'.`);
  return value.map((entry) => {
    const raw = (entry as { emailAddress?: { address?: unknown } } | null)?.emailAddress?.address;
    const text = typeof raw === 'string' ? raw : '';
    if (!address.test(text)) {
      throw new GraphFailure(400, 'ErrorInvalidRecipients', `At least one recipient isn't valid., Recipient "${text}" isn't resolved. All recipients must be resolved before a message can be submitted.`);
    }
    return text;
  });
}

/** The `message` of the body, as the outbox keeps it. */
function readMessage(body: Record<string, unknown>): Omit<SentMail, 'at' | 'from' | 'sentBy'> {
  const message = body['message'];
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    throw new GraphFailure(400, 'ErrorInvalidParameter', "The value of the parameter 'Message' is empty.");
  }
  const m = message as Record<string, unknown>;
  const to = recipients(m['toRecipients'], 'toRecipients');
  const cc = recipients(m['ccRecipients'], 'ccRecipients');
  const bcc = recipients(m['bccRecipients'], 'bccRecipients');
  if (to.length + cc.length + bcc.length === 0) {
    throw new GraphFailure(400, 'ErrorInvalidRecipients', "At least one recipient isn't valid., A message can't be sent because it contains no recipients.");
  }
  const content = (m['body'] ?? {}) as { contentType?: unknown; content?: unknown };
  const contentType = typeof content.contentType === 'string' && content.contentType.toLowerCase() === 'html' ? 'HTML' : 'Text';
  if (content.contentType !== undefined && !['text', 'html'].includes(String(content.contentType).toLowerCase())) {
    throw new GraphFailure(400, 'BadRequest', `Requested value '${String(content.contentType)}' was not found.`);
  }
  return {
    to,
    cc,
    subject: typeof m['subject'] === 'string' ? m['subject'] : '',
    contentType,
    body: typeof content.content === 'string' ? content.content : '',
  };
}

function sendMail(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  const from = sendingMailbox(call, caller);
  const message = readMessage(jsonObjectBody(call.request));
  const at = new Date(call.context.clock.now()).toISOString();
  call.context.mail.outbox.push({ at, from, sentBy: caller.user.userPrincipalName, ...message });
  return { status: 202, headers: graphHeaders(call.request) };
}

export const mailRoutes: readonly GraphRoute[] = [{ method: 'POST', pattern: ['users', ':id', 'sendMail'], handler: sendMail }];
