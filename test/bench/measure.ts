/** Timing helpers for the benchmark: wall time and the Graph requests one step cost. */
import type { Graph } from '../../main/graph/graph-client';

export interface Sample {
  readonly ms: number;
  readonly requests: number;
}

export async function measure<T>(
  graph: Graph,
  step: () => Promise<T>,
): Promise<{ value: T; sample: Sample }> {
  const before = graph.counter.requests;
  const start = performance.now();
  const value = await step();
  return {
    value,
    sample: { ms: performance.now() - start, requests: graph.counter.requests - before },
  };
}

export interface Row {
  readonly step: string;
  readonly runs: number;
  readonly requestsPerRun: number;
  readonly idealRequests: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Median wall time over the irreducible round trips × injected latency. */
  readonly ratioToLatency: number;
  /** Median wall time over the same number of bare round trips (raw fetch, no app code). */
  readonly ratioToBareRoundTrip: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export function summarize(
  step: string,
  samples: readonly Sample[],
  ideal: number,
  latencyMs: number,
  bareMs: number,
): Row {
  const ms = samples.map((s) => s.ms);
  const med = median(ms);
  const round = (n: number): number => Math.round(n * 100) / 100;
  return {
    step,
    runs: samples.length,
    requestsPerRun: round(
      samples.reduce((sum, s) => sum + s.requests, 0) / Math.max(1, samples.length),
    ),
    idealRequests: ideal,
    medianMs: round(med),
    minMs: round(Math.min(...ms)),
    maxMs: round(Math.max(...ms)),
    ratioToLatency: round(med / (ideal * latencyMs)),
    ratioToBareRoundTrip: round(med / (ideal * bareMs)),
  };
}

export function medianOf(values: readonly number[]): number {
  return median(values);
}

export function printTable(rows: readonly Row[]): void {
  const header = [
    'step',
    'runs',
    'requests/run',
    'ideal',
    'median ms',
    'min ms',
    'max ms',
    'x latency',
    'x bare RTT',
  ];
  const lines = rows.map((r) => [
    r.step,
    String(r.runs),
    String(r.requestsPerRun),
    String(r.idealRequests),
    r.medianMs.toFixed(1),
    r.minMs.toFixed(1),
    r.maxMs.toFixed(1),
    r.ratioToLatency.toFixed(2),
    r.ratioToBareRoundTrip.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const format = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
}
