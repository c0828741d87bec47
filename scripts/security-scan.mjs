#!/usr/bin/env node
/**
 * The Electron security scan gate: Electronegativity over main/, preload/ and renderer/.
 * It exits 0 even with findings, so this reads its SARIF output and fails on any finding that
 * test/security/electronegativity-exceptions.json does not accept with a reason.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Scans the three folders as one app, so the global checks (CSP, navigation) see all of it. */
export function scan(folders) {
  const root = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  const app = join(root, 'app');
  for (const folder of folders) cpSync(folder, join(app, folder), { recursive: true });
  const output = join(root, 'result.sarif');
  const run = spawnSync(
    'npx',
    ['electronegativity', '-i', app, '-o', output, '-r', '-v', 'false', '-e', '45.5.0'],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`electronegativity failed: ${run.stderr}`);
  const sarif = JSON.parse(readFileSync(output, 'utf8'));
  rmSync(root, { recursive: true, force: true });
  return sarif;
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
