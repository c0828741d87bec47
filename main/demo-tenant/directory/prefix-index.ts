/**
 * A sorted (key, row) list with binary search, so prefix and equality lookups stay fast on a
 * 100,000-user directory without scanning it.
 */
export interface PrefixIndex {
  /** Rows whose key starts with `prefix` (already lower-cased), in ascending row order. */
  prefix(prefix: string): number[];
  /** Rows whose key equals `value` (already lower-cased), in ascending row order. */
  equal(value: string): number[];
}

export function buildPrefixIndex(entries: Iterable<readonly [key: string, row: number]>): PrefixIndex {
  const keys: string[] = [];
  const rows: number[] = [];
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  for (const [key, row] of sorted) {
    keys.push(key);
    rows.push(row);
  }

  const lowerBound = (value: string): number => {
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] ?? '') < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const collect = (start: number, keep: (key: string) => boolean): number[] => {
    const out: number[] = [];
    for (let i = start; i < keys.length && keep(keys[i] ?? ''); i++) out.push(rows[i] ?? 0);
    return [...new Set(out)].sort((a, b) => a - b);
  };

  return {
    prefix: (prefix) => collect(lowerBound(prefix), (key) => key.startsWith(prefix)),
    equal: (value) => collect(lowerBound(value), (key) => key === value),
  };
}

/** Splits a display name into search tokens the way directory search does (words, lower case). */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s\-_.,;:'"()[\]/\\@]+/u)
    .filter((t) => t.length > 0);
}
