/**
 * The demo tenant's mail: an outbox of every message it accepted (demo mode shows it, tests read
 * it), the shared mailboxes it knows, and who may send as each (Exchange's Send As / Send on
 * Behalf grants, which the Graph permission alone does not give: "Send Outlook messages from
 * another user using the Outlook mail API").
 */

export interface SentMail {
  readonly at: string;
  /** The mailbox it was sent from (the technician's, or a shared one). */
  readonly from: string;
  /** Who pressed send (the signed-in technician's UPN). */
  readonly sentBy: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly subject: string;
  readonly contentType: 'Text' | 'HTML';
  readonly body: string;
}

export interface SharedMailbox {
  readonly address: string;
  readonly displayName: string;
  /** User ids (lower-case) with Send As or Send on Behalf on this mailbox. */
  readonly senders: ReadonlySet<string>;
}

export interface MailState {
  readonly outbox: SentMail[];
  readonly shared: Map<string, SharedMailbox>;
}

/** The service desk's shared mailbox, with Send As for the seeded desk technicians. */
export function createMailState(deskSenderIds: readonly string[]): MailState {
  const desk: SharedMailbox = {
    address: 'servicedesk@contoso.example',
    displayName: 'Contoso Service Desk',
    senders: new Set(deskSenderIds.map((id) => id.toLowerCase())),
  };
  return { outbox: [], shared: new Map([[desk.address, desk]]) };
}
