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

// Runner reports get a prefix so they never collide with a gate's own figures file.
const vitest = (project, file) => ({
  cmd: 'npx',
  args: ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest-${file}.json`],
  count: () => vitestCounts(`${results}/vitest-${file}.json`),
  failures: () => vitestFailures(`${results}/vitest-${file}.json`),
});

const playwright = (project) => ({
  cmd: 'npx',
  args: ['playwright', 'test', `--project=${project}`],
  env: { TAP_DESK_PW_JSON: `${results}/playwright-${project}.json` },
  count: () => playwrightCounts(`${results}/playwright-${project}.json`),
  failures: () => playwrightFailures(`${results}/playwright-${project}.json`),
});

const gates = [
  { name: 'lint', cmd: 'npx', args: ['eslint', '.', '--max-warnings=0'] },
  { name: 'typecheck', cmd: 'npm', args: ['run', '-s', 'typecheck'] },
  { name: 'build', cmd: 'npx', args: ['electron-vite', 'build'] },
  { name: 'unit', ...vitest('unit-node', 'unit-node') },
  { name: 'unit (dom)', ...vitest('unit-dom', 'unit-dom') },
  { name: 'hostile IPC', ...vitest('hostile-ipc', 'hostile-ipc'), figure: () => figureOf('hostile-ipc-figures.json', (f) => `${f.inputs} generated inputs, ${f.handlerCallsWithInvalidArgs} reached a handler invalid, heap +${f.heapGrowthMb} MB`) },
  { name: 'integration', ...vitest('integration', 'integration') },
  { name: 'faults', ...vitest('faults', 'faults'), figure: () => figureOf('faults.json', faultFigure), optional: 'test/integration/faults' },
  { name: 'packaging', ...vitest('packaging', 'packaging') },
  { name: 'security scan', cmd: 'node', args: ['scripts/security-scan.mjs'], figure: () => figureOf('security-scan.json', (f) => `${f.findings} findings, ${f.accepted} accepted with a reason, ${f.unaccepted} not accepted`) },
  { name: 'end-to-end', ...playwright('e2e'), before: ensureBrowser, figure: () => figureOf('keyboard-figures.json', keyboardFigure) },
  { name: 'accessibility', ...playwright('a11y'), before: ensureBrowser, optional: 'test/e2e/a11y-screens.spec.ts' },
  { name: 'electron', ...playwright('electron'), figure: electronFigure },
  { name: 'benchmark', cmd: 'npx', args: ['tsx', 'test/bench/run.ts', '--short'], figure: () => figureOf('../bench-results/bench.json', benchFigure) },
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
  summary.push({ name: gate.name, passed, counts, figure: gate.figure?.(), failures: gate.failures?.() ?? [] });
}

let passedChecks = 0;
let failedChecks = 0;
let skippedChecks = 0;
console.log('\n━━ summary ━━');
for (const { name, passed, counts, figure, failures } of summary) {
  const detail = counts
    ? `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`
    : passed ? 'clean' : 'failed';
  console.log(`${passed ? 'PASS' : 'FAIL'}  ${name.padEnd(14)} ${detail}${figure ? ` · ${figure}` : ''}`);
  // CI keeps only the tail of the log, so the summary itself names what failed.
  for (const failure of failures) console.log(`      ✗ ${failure}`);
  if (counts) {
    passedChecks += counts.passed;
    failedChecks += counts.failed + (passed || counts.failed > 0 ? 0 : 1);
    skippedChecks += counts.skipped;
  } else if (passed) passedChecks += 1;
  else failedChecks += 1;
}
console.log(`${passedChecks} passed, ${failedChecks} failed, ${skippedChecks} skipped`);
process.exit(failedChecks === 0 ? 0 : 1);

function figureOf(file, format) {
  const path = `${results}/${file}`;
  if (!existsSync(path)) return undefined;
  try {
    return format(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return undefined;
  }
}

function faultFigure(f) {
  if (typeof f.figure === 'string') return f.figure;
  const t = f.totals ?? f;
  return `${t.requests} requests, ${t.retries} retries, ${t.errorsShown} errors shown, ${t.duplicatePasses} duplicate passes, ${t.unhandledRejections} unhandled rejections`;
}

/** Keys pressed (typing apart) at the small-laptop size, from test/e2e/desk-keyboard.spec.ts. */
function keyboardFigure(f) {
  const run = Object.entries(f)[0];
  if (!run) return undefined;
  const [size, k] = run;
  return `keyboard (${size}): ${k.toPass} keys signed in → pass, ${k.toNextSearch} keys hand-over → next search, plus typing`;
}

function benchFigure(b) {
  const row = (prefix) => b.rows.find((r) => r.step.startsWith(prefix));
  const part = (label, r) => (r ? `${label} ${r.requestsPerRun} req ${r.ratioToLatency}x` : '');
  return [
    part('first card after sign-in', row('first card')),
    part('search', row('search (text')),
    part('card', row('user card')),
    part('mint', row('mint')),
    b.renderer
      ? `first screen ${b.renderer.firstScreenGzipKb} KB gz, first render ${b.renderer.firstRenderMedianMs} ms (${b.renderer.warmFirstRenderMedianMs} ms warm, floor ${b.renderer.stackFloorMedianMs} ms)`
      : '',
    b.inBrowser ? `in Chromium ${b.inBrowser.map((s) => `${s.short} ${s.ratioToLatency}x`).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

function electronFigure() {
  return existsSync('node_modules/electron/dist') ? undefined : 'skipped: no Electron binary on this machine';
}

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

function vitestFailures(file) {
  if (!existsSync(file)) return [];
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return report.testResults.flatMap((suite) => {
    const where = suite.name.replace(`${process.cwd()}/`, '');
    const tests = suite.assertionResults.filter((t) => t.status === 'failed').map((t) => `${where}: ${t.fullName}`);
    return tests.length || suite.status !== 'failed' ? tests : [`${where}: ${firstLine(suite.message)}`];
  });
}

/** Failed and flaky tests, each with the first line of its first error. */
function playwrightFailures(file) {
  if (!existsSync(file)) return [];
  const failures = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests) {
        if (t.status !== 'unexpected' && t.status !== 'flaky') continue;
        const error = t.results.find((r) => r.error)?.error?.message;
        failures.push(`${spec.file}: ${[...titles, spec.title].join(' › ')}${t.status === 'flaky' ? ' (flaky)' : ''} — ${firstLine(error)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of JSON.parse(readFileSync(file, 'utf8')).suites ?? []) walk(suite, []);
  return failures;
}

function firstLine(text) {
  // Playwright colours its messages; the summary is plain text.
  const colour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
  return (text ?? '').replace(colour, '').split('\n').find((l) => l.trim()) ?? '';
}
