#!/usr/bin/env node
/**
 * `npm test`: every gate in order, then one line per gate and a final `N passed, N failed`.
 * A gate that runs tests counts its tests; a gate without tests (lint, typecheck, build, scan)
 * counts as one check. Every gate runs even when an earlier one failed, so one run shows all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureBrowser } from './ensure-browser.mjs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const vitest = (project, file) => ({
  cmd: 'npx',
  args: ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${results}/${file}.json`],
  count: () => vitestCounts(`${results}/${file}.json`),
});

const gates = [
  { name: 'lint', cmd: 'npx', args: ['eslint', '.', '--max-warnings=0'] },
  { name: 'typecheck', cmd: 'npm', args: ['run', '-s', 'typecheck'] },
  { name: 'build', cmd: 'npx', args: ['electron-vite', 'build'] },
  { name: 'unit', ...vitest('unit-node', 'unit-node') },
  { name: 'unit (dom)', ...vitest('unit-dom', 'unit-dom') },
  { name: 'integration', ...vitest('integration', 'integration') },
  { name: 'packaging', ...vitest('packaging', 'packaging') },
  { name: 'security scan', cmd: 'node', args: ['scripts/security-scan.mjs'], optional: 'scripts/security-scan.mjs' },
  {
    name: 'end-to-end',
    cmd: 'npx',
    args: ['playwright', 'test', '--project=e2e'],
    count: () => playwrightCounts(`${results}/e2e.json`),
    before: ensureBrowser,
  },
  {
    name: 'electron',
    cmd: 'npx',
    args: ['playwright', 'test', '--project=electron'],
    env: { TAP_DESK_PW_JSON: `${results}/electron.json` },
    count: () => playwrightCounts(`${results}/electron.json`),
  },
  { name: 'benchmark', cmd: 'npx', args: ['tsx', 'test/bench/run.ts', '--short'], optional: 'test/bench/run.ts' },
];

const summary = [];
for (const gate of gates) {
  if (gate.optional && !existsSync(gate.optional)) continue;
  console.log(`\n━━ ${gate.name} ━━`);
  const ready = gate.before ? gate.before() : true;
  const run = ready
    ? spawnSync(gate.cmd, gate.args, { stdio: 'inherit', env: { ...process.env, ...gate.env } })
    : { status: 1 };
  const counts = gate.count?.() ?? null;
  const passed = run.status === 0 && (counts === null || counts.failed === 0);
  summary.push({ name: gate.name, passed, counts, figure: gate.figure?.() });
}

let passedChecks = 0;
let failedChecks = 0;
let skippedChecks = 0;
console.log('\n━━ summary ━━');
for (const { name, passed, counts, figure } of summary) {
  const detail = counts
    ? `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`
    : passed ? 'clean' : 'failed';
  console.log(`${passed ? 'PASS' : 'FAIL'}  ${name.padEnd(14)} ${detail}${figure ? ` · ${figure}` : ''}`);
  if (counts) {
    passedChecks += counts.passed;
    failedChecks += counts.failed + (passed || counts.failed > 0 ? 0 : 1);
    skippedChecks += counts.skipped;
  } else if (passed) passedChecks += 1;
  else failedChecks += 1;
}
console.log(`${passedChecks} passed, ${failedChecks} failed, ${skippedChecks} skipped`);
process.exit(failedChecks === 0 ? 0 : 1);

function vitestCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numFailedTestSuites ?? 0),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function playwrightCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
}
