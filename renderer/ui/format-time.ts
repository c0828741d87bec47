/** Date and time formatting for technicians: local time first, UTC on hover, relative for countdowns. */

const local = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const utc = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});
const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "12 Mar 2026, 14:05" in the technician's time zone. */
export function formatLocal(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : local.format(date);
}

/** "14:30" in the technician's time zone, for a line with room for nothing longer. */
export function formatClock(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : clock.format(date);
}

/** "12 Mar 2026, 13:05 UTC", for a title attribute next to the local time. */
export function formatUtc(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${utc.format(date)} UTC`;
}

/** "in 3 h 5 min", "in 40 s", "2 min ago": coarse enough to read aloud. */
export function formatRelative(iso: string, nowMs: number): string {
  const diff = new Date(iso).getTime() - nowMs;
  const text = formatDuration(Math.abs(diff));
  return diff >= 0 ? `in ${text}` : `${text} ago`;
}

/** A duration in the two largest units ("1 day 4 h", "3 h 5 min", "25 s"). */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${String(s)} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${String(min)} min`;
  const h = Math.floor(min / 60);
  if (h < 24) return min % 60 ? `${String(h)} h ${String(min % 60)} min` : `${String(h)} h`;
  const d = Math.floor(h / 24);
  const dayText = d === 1 ? '1 day' : `${String(d)} days`;
  return h % 24 ? `${dayText} ${String(h % 24)} h` : dayText;
}

/** A lifetime in minutes as a short label ("1 h", "1 day", "90 min"). */
export function formatMinutes(minutes: number): string {
  return formatDuration(minutes * 60_000);
}

/** Whole seconds left until `iso` (never negative). */
export function secondsUntil(iso: string, nowMs: number): number {
  return Math.max(0, Math.ceil((new Date(iso).getTime() - nowMs) / 1000));
}
