/**
 * The ticket reference pattern as both sides run it: the renderer for live feedback, main for
 * the decision. One compile rule (the whole reference must match, Unicode mode) so a pattern can
 * never accept a ticket on one side that the other refuses; one compile per pattern, not per check.
 */
const compiled = new Map<string, RegExp>();
/** Patterns come from config, so there are only ever a few; the cap only bounds hostile churn. */
const maxCached = 16;

/**
 * The pattern as the app runs it: the whole reference must match, whatever anchors the admin wrote
 * (an unanchored `INC\d+` would otherwise accept "not-a-ticket INC1"). Throws on a bad pattern.
 * No `g` or `y` flag, so the RegExp keeps no state between tests and can be shared.
 */
export function compileTicketPattern(source: string): RegExp {
  const cached = compiled.get(source);
  if (cached) return cached;
  const pattern = new RegExp(`^(?:${source})$`, 'u');
  if (compiled.size >= maxCached) compiled.clear();
  compiled.set(source, pattern);
  return pattern;
}

/** Whether `ticket` is a reference the pattern accepts, in any letter case; a broken pattern accepts nothing. */
export function ticketMatches(source: string, ticket: string): boolean {
  return normaliseTicket(source, ticket) !== null;
}

/**
 * The ticket as the pattern writes it, or null when the pattern does not accept it. Letters are
 * matched regardless of case ("inc0012345" is the same ticket as "INC0012345") and the reference
 * is normalised to the case the pattern accepts: as typed, else upper case, else lower case. So
 * the journal holds one spelling per ticket, and main and the renderer agree on it.
 */
export function normaliseTicket(source: string, ticket: string): string | null {
  if (ticket.length === 0 || ticket.length > 64) return null;
  let pattern: RegExp;
  try {
    pattern = compileTicketPattern(source);
  } catch {
    return null;
  }
  for (const candidate of [ticket, ticket.toUpperCase(), ticket.toLowerCase()]) {
    if (pattern.test(candidate)) return candidate;
  }
  return null;
}
