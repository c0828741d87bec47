#!/usr/bin/env node
/**
 * The Electron security scan gate: Electronegativity over main/, preload/ and renderer/.
 * It exits 0 even with findings, so this reads its SARIF output and fails on any finding that
 * test/security/electronegativity-exceptions.json does not accept with a reason.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function unacceptedFindings(sarif, exceptions) {
  const findings = sarif.runs.flatMap((run) =>
    (run.results ?? []).map((result) => {
      const location = result.locations?.[0]?.physicalLocation;
      return {
        rule: result.ruleId,
        file: location?.artifactLocation?.uri ?? '?',
        line: location?.region?.startLine ?? 0,
        message: result.message?.text ?? '',
      };
    }),
  );
  const accepted = (finding) =>
    exceptions.some(
      (exception) =>
        exception.rule === finding.rule &&
        finding.file.replaceAll('\\', '/').endsWith(exception.file) &&
        typeof exception.reason === 'string' &&
        exception.reason.length > 10,
    );
  return { findings, unaccepted: findings.filter((finding) => !accepted(finding)) };
}

/**
 * A known-insecure file scanned along with the app. If its findings are missing, the scanner
 * read nothing (an empty copy, a parser that gave up, a changed output format), and a clean
 * result would mean nothing: the gate fails instead of passing silently.
 */
export const canaryFolder = '__scan-canary__';
const canarySource = 'test/fixtures/scan-canary';
export const canaryRules = ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK'];

const inCanary = (result) =>
  (result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '')
    .replaceAll('\\', '/')
    .includes(`${canaryFolder}/`);

/** Throws unless the run finished and reported the canary's findings; returns it without them. */
export function withoutCanary(sarif) {
  const runs = Array.isArray(sarif?.runs) ? sarif.runs : [];
  if (runs.length === 0) throw new Error('electronegativity wrote no run: nothing was scanned');
  if (runs.some((run) => run.invocations?.some((i) => i.executionSuccessful === false))) {
    throw new Error('electronegativity reports an unsuccessful run');
  }
  const seen = new Set(runs.flatMap((run) => (run.results ?? []).filter(inCanary).map((r) => r.ruleId)));
  const missing = canaryRules.filter((rule) => !seen.has(rule));
  if (missing.length > 0) {
    throw new Error(`the scan missed the canary's ${missing.join(', ')}: it did not really scan`);
  }
  return { ...sarif, runs: runs.map((run) => ({ ...run, results: (run.results ?? []).filter((r) => !inCanary(r)) })) };
}

/** Scans the folders as one app, so the global checks (CSP, navigation) see all of it. */
export function scan(folders) {
  const root = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const app = join(root, 'app');
  for (const folder of folders) {
    cpSync(folder, join(app, folder), { recursive: true });
    if (readdirSync(join(app, folder)).length === 0) throw new Error(`${folder} is empty: nothing to scan`);
  }
  cpSync(canarySource, join(app, canaryFolder), { recursive: true });
  const output = join(root, 'result.sarif');
  const run = spawnSync(
    'npx',
    ['electronegativity', '-i', app, '-o', output, '-r', '-v', 'false', '-e', '45.5.0'],
    { encoding: 'utf8' },
  );
  try {
    if (run.status !== 0) throw new Error(`electronegativity failed: ${run.stderr}`);
    return withoutCanary(JSON.parse(readFileSync(output, 'utf8')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { exceptions } = JSON.parse(
    readFileSync('test/security/electronegativity-exceptions.json', 'utf8'),
  );
  const { findings, unaccepted } = unacceptedFindings(scan(['main', 'preload', 'renderer']), exceptions);
  for (const finding of unaccepted) {
    console.log(`  ${finding.rule}  ${finding.file}:${finding.line}  ${finding.message}`);
  }
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    'test-results/security-scan.json',
    JSON.stringify({
      findings: findings.length,
      accepted: findings.length - unaccepted.length,
      unaccepted: unaccepted.length,
    }),
  );
  console.log(
    `security scan: ${findings.length} finding(s), ${findings.length - unaccepted.length} accepted, ${unaccepted.length} not accepted`,
  );
  process.exit(unaccepted.length === 0 ? 0 : 1);
}
