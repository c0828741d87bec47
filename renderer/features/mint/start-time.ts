/** A delayed start entered as local date and time. */

/** The ISO instant for a local date ("2026-03-12") and time ("14:30"), or a reason it is unusable. */
export function checkStart(
  date: string,
  time: string,
  nowMs: number,
): { readonly ok: true; readonly iso: string } | { readonly ok: false; readonly reason: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) {
    return { ok: false, reason: 'Enter the start date and time.' };
  }
  // Without a zone suffix the string is parsed in the technician's local time zone.
  const start = new Date(`${date}T${time}:00`);
  if (Number.isNaN(start.getTime()))
    return { ok: false, reason: 'That start date and time do not exist.' };
  if (start.getTime() < nowMs)
    return { ok: false, reason: 'The start is in the past. Pick a later time.' };
  return { ok: true, iso: start.toISOString() };
}

/** Today's local date as YYYY-MM-DD, for the date input's minimum. */
export function localDate(nowMs: number): string {
  const d = new Date(nowMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
