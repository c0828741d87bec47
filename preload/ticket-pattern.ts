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

/** Whether `ticket` is a reference the pattern accepts; a broken pattern accepts nothing. */
export function ticketMatches(source: string, ticket: string): boolean {
  if (ticket.length === 0 || ticket.length > 64) return false;
  try {
    return compileTicketPattern(source).test(ticket);
  } catch {
    return false;
  }
}
