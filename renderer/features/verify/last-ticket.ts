/**
 * The last ticket reference the technician typed on the verify form, kept only when it matched
 * the handoff ticket pattern (as the pattern writes it), so the PIM activation dialog can offer
 * it: a shift's role activation usually cites the ticket being worked. Memory only, this window.
 */
let last: string | null = null;

/** Called on every change of the ticket field: a reference that does not match clears it. */
export function rememberTicket(matched: string | null): void {
  last = matched;
}

/** The last typed ticket if it matched the pattern; null otherwise. */
export function lastMatchingTicket(): string | null {
  return last;
}
