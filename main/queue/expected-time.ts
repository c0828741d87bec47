/**
 * The "expected" column: a time today ("09:30"), a date and time ("2026-12-07 09:30"), or a full
 * ISO 8601 stamp. Local times are read in the desk's own time zone, because that is the clock the
 * technician reads the list against. Pure: `today` comes from the caller's clock.
 */

const timeOnly = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;
const dateTime = /^(\d{4})-(\d{2})-(\d{2})[ T]([01]?\d|2[0-3]):([0-5]\d)$/;
const isoWithZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant as ISO, or null when the text is not one of the accepted forms. */
export function parseExpected(text: string, today: number): string | null {
  const t = text.trim();
  const time = timeOnly.exec(t);
  if (time) {
    const day = new Date(today);
    day.setHours(Number(time[1]), Number(time[2]), 0, 0);
    return day.toISOString();
  }
  const full = dateTime.exec(t);
  if (full) {
    const [, y, mo, d, h, mi] = full.map(Number) as [number, number, number, number, number, number];
    const local = new Date(y, mo - 1, d, h, mi);
    // new Date rolls 2026-02-31 over to March: a date that does not exist is refused, not moved.
    return local.getMonth() === mo - 1 && local.getDate() === d ? local.toISOString() : null;
  }
  if (isoWithZone.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  return null;
}
