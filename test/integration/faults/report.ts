/**
 * Prints the fault gate's figures as one table and saves the totals as test-results/faults.json,
 * which the test summary reads for the gate's one-line figure. Figures only: no reply, and so
 * never a pass value, is written.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figures, ScenarioFigures } from './figures';
import { ruleViolations } from './figures';

export const RESULTS_FILE = fileURLToPath(new URL('../../../test-results/faults.json', import.meta.url));

/** Rows named with this prefix measure the setup (demo mode, sign-in), not a fault. */
export const SETUP = 'setup:';

const columns = ['requests', 'retries', 'errors', 'duplicates', 'unhandled'] as const;

function cells(row: Figures): string[] {
  return [row.requests, row.retries, row.errorsShown, row.duplicatePasses, row.unhandledRejections].map(String);
}

/** Shown errors by code, e.g. `throttled×3 offline`. */
function codes(row: Figures): string {
  const counts = new Map<string, number>();
  for (const code of row.errorCodes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, n]) => (n > 1 ? `${code}×${n}` : code)).join(' ');
}

export function formatTable(rows: readonly ScenarioFigures[], totals: Figures): string {
  const named = [...rows.map((row) => ({ name: row.scenario, row })), { name: 'TOTAL', row: totals }];
  const width = Math.max(...named.map((n) => n.name.length), 'scenario'.length);
  const line = (name: string, values: readonly string[], tail: string): string =>
    [name.padEnd(width), ...values.map((v, i) => v.padStart(columns[i]?.length ?? 0)), tail].join('  ');
  return [
    line('scenario', columns, 'error codes shown'),
    ...named.map(({ name, row }) => line(name, cells(row), codes(row))),
  ].join('\n');
}

/** The gate's one-line figure for the summary. */
export function figureLine(totals: Figures, rows: readonly ScenarioFigures[]): string {
  const scenarios = rows.filter((row) => !row.scenario.startsWith(SETUP)).length;
  return `${scenarios} scenarios, ${totals.requests} requests, ${totals.retries} retries, ${totals.errorsShown} errors shown, ${totals.duplicatePasses} duplicate passes, ${totals.unhandledRejections} unhandled rejections`;
}

export async function writeResults(rows: readonly ScenarioFigures[], totals: Figures, expected: number): Promise<void> {
  const broken = ruleViolations(totals);
  if (rows.length < expected) broken.push(`${expected - rows.length} scenario(s) did not report figures`);
  const results = {
    gate: 'faults',
    passed: broken.length === 0,
    figure: figureLine(totals, rows),
    rulesBroken: broken,
    totals,
    scenarios: rows,
  };
  await mkdir(dirname(RESULTS_FILE), { recursive: true });
  await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
}
