/** The same GUID shape main's contract accepts for tenant and client IDs. */
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` is a GUID such as 00000000-0000-0000-0000-000000000000. */
export function isGuid(value: string): boolean {
  return guidPattern.test(value.trim());
}

/** What an ID field says once something other than a GUID is typed into it; undefined while empty or valid. */
export function guidProblem(value: string, what: 'tenant' | 'client'): string | undefined {
  return value !== '' && !isGuid(value)
    ? `A ${what} ID looks like 00000000-0000-0000-0000-000000000000.`
    : undefined;
}
