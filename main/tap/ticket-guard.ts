/**
 * Main re-checks the identity-verification evidence: the renderer's checks are only a convenience,
 * and a hostile caller can send any method or ticket it likes.
 */
import type { VerificationConfig } from '../../preload/contract';
import { normaliseTicket } from '../../preload/ticket-pattern';
import { AppFailure } from '../kernel/result';

/**
 * The ticket reference must match the organisation's pattern (compiled as the renderer does), in
 * any letter case; returns it normalised to the pattern's case, as it is to be journalled.
 */
export function guardTicket(ticket: string, pattern: string): string {
  const normalised = normaliseTicket(pattern, ticket);
  if (normalised === null) {
    throw new AppFailure(
      'verification-incomplete',
      `The ticket reference "${ticket}" does not match your organisation's format.`,
      'Enter the ticket number exactly as your ticketing system shows it.',
    );
  }
  return normalised;
}

/**
 * The verification method must be one the deployment lists, and the ticket must match; returns
 * the ticket normalised to the pattern's case.
 */
export function guardVerification(
  evidence: { readonly method: string; readonly ticket: string },
  config: VerificationConfig,
): string {
  if (!config.methods.includes(evidence.method)) {
    throw new AppFailure(
      'verification-incomplete',
      'That verification method is not one your organisation accepts.',
      'Choose how you verified the person from the list.',
    );
  }
  return guardTicket(evidence.ticket, config.ticketPattern);
}
