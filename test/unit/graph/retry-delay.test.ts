import { describe, expect, it } from 'vitest';
import { retryDelayMs } from '../../../main/graph/retry-middleware';

describe('retryDelayMs', () => {
  it('honours fractional seconds and HTTP dates in Retry-After', () => {
    expect(retryDelayMs('2.128', 0, 0, 1000)).toBe(2128);
    expect(retryDelayMs(new Date(10_000).toUTCString(), 0, 4000, 1000)).toBe(6000);
    expect(retryDelayMs('0', 2, 0, 1000)).toBe(0);
  });

  it('backs off exponentially when there is no Retry-After', () => {
    const first = retryDelayMs(null, 0, 0, 1000);
    const third = retryDelayMs(null, 2, 0, 1000);
    expect(first).toBeGreaterThanOrEqual(1000);
    expect(first).toBeLessThan(1250);
    expect(third).toBeGreaterThanOrEqual(4000);
    expect(third).toBeLessThan(4250);
  });
});
