/**
 * The user's notice that a pass was issued for them, from the policy's template. Built only from
 * who, when, where, until when and the ticket: the pass is not an input, so it cannot leak here.
 */
export interface NoticeFacts {
  readonly userDisplayName: string;
  readonly technicianDisplayName: string;
  readonly desk: string;
  readonly ticket: string;
  /** ISO instants. */
  readonly issuedAt: string;
  readonly validUntil: string;
}

const when = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC';

export function noticeText(template: string, facts: NoticeFacts): string {
  const values: Record<string, string> = {
    user: facts.userDisplayName,
    technician: facts.technicianDisplayName,
    time: when(facts.issuedAt),
    desk: facts.desk,
    validUntil: when(facts.validUntil),
    ticket: facts.ticket,
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export const noticeSubject = 'A Temporary Access Pass was issued for your account';
