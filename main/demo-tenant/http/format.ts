/** Date and id formats the real services use in error bodies and resources. */

/** `innerError.date`: ISO without fraction or zone, e.g. `2021-04-01T17:02:01` (A.2.5). */
export function innerErrorDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19);
}

/** Entra error `timestamp`: `2022-08-25 09:34:07Z`. */
export function entraTimestamp(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

/** Graph DateTimeOffset with 7 fractional digits, like the GET examples (A.1). */
export function graphDateTime(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.(\d{3})Z$/u, '.$10000Z');
}

export const graphJsonContentType =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
