/**
 * Numbers and wording both sides enforce: main refuses what the renderer would not offer.
 * Zod-free, so the renderer imports them without the schema library.
 */

/** Graph's own bounds on a pass's lifetime, in minutes ("Create temporaryAccessPassMethod"). */
export const tapLifetimeMinutes = { min: 10, max: 43_200 } as const;

/**
 * Entra's documented defaults for the TAP policy ("Configure Temporary Access Pass": minimum
 * lifetime 1 hour, maximum 8 hours, default 1 hour): what the form offers while the real policy
 * is unknown, so it never offers what a default tenant refuses.
 */
export const documentedLifetime = { min: 60, max: 480, default: 60 } as const;

/** The audit view lists at most this many entries; the CSV export has them all. */
export const auditListLimit = 2000;

/** The most rows one queue may hold (issue 18). */
export const queueRowLimit = 2000;

/** A lifetime in a sentence: "90 minutes", "8 hours", "1 day 2 hours". */
export function formatMinutes(minutes: number): string {
  const parts: string[] = [];
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days) parts.push(`${days} day${days === 1 ? '' : 's'}`);
  if (hours) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (rest || parts.length === 0) parts.push(`${rest} minute${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}
