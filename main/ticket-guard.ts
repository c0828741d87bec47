import { compileTicketPattern } from './config/ticket-pattern';
import { AppFailure } from './result';

/** Main re-checks the ticket reference: the renderer's check is only a convenience. */
export function guardTicket(ticket: string, pattern: string): void {
  if (!compileTicketPattern(pattern).test(ticket)) {
    throw new AppFailure(
      'verification-incomplete',
      `The ticket reference "${ticket}" does not match your organisation's format.`,
      'Enter the ticket number exactly as your ticketing system shows it.',
    );
  }
}
