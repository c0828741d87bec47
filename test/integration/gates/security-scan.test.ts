import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { canaryFolder, scan, unacceptedFindings, withoutCanary } from '../../../scripts/security-scan.mjs';

type Finding = { rule: string; file: string };
type Outcome = { findings: Finding[]; unaccepted: Finding[] };
const check = unacceptedFindings as (sarif: unknown, exceptions: unknown[]) => Outcome;
const strip = withoutCanary as (sarif: unknown) => { runs: { results: unknown[] }[] };

const result = (ruleId: string, uri: string) => ({
  ruleId,
  locations: [{ physicalLocation: { artifactLocation: { uri } } }],
});

describe('security scan gate', () => {
  it('fails a deliberately insecure copy of an Electron main file', () => {
    const { unaccepted } = check(scan(['test/fixtures/insecure-app']), []);
    const rules = unaccepted.map((finding) => finding.rule);
    expect(rules).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']));
  });

  it('cannot pass without scanning: no run, a failed run, or a missing canary all throw', () => {
    const canary = [
      result('CONTEXT_ISOLATION_JS_CHECK', `${canaryFolder as string}/main.js`),
      result('SANDBOX_JS_CHECK', `${canaryFolder as string}/main.js`),
    ];
    expect(() => strip({ runs: [] })).toThrow(/nothing was scanned/);
    expect(() => strip({})).toThrow(/nothing was scanned/);
    expect(() => strip({ runs: [{ results: [] }] })).toThrow(/did not really scan/);
    expect(() =>
      strip({ runs: [{ results: canary, invocations: [{ executionSuccessful: false }] }] }),
    ).toThrow(/unsuccessful/);
    const ours = result('AUXCLICK_JS_CHECK', 'main/shell/window.ts');
    expect(strip({ runs: [{ results: [...canary, ours] }] }).runs[0]!.results).toEqual([ours]);
  });

  it('a real scan reports the canary (and hands back the app findings without it)', () => {
    const sarif = scan(['preload']) as { runs: { results: { locations: unknown[] }[] }[] };
    expect(JSON.stringify(sarif)).not.toContain(canaryFolder);
  });

  it('accepts a finding only with a listed rule, file and reason', () => {
    const sarif = {
      runs: [
        {
          results: [
            {
              ruleId: 'AUXCLICK_JS_CHECK',
              locations: [{ physicalLocation: { artifactLocation: { uri: 'app/main/shell/window.ts' } } }],
            },
          ],
        },
      ],
    };
    const reasoned = [{ rule: 'AUXCLICK_JS_CHECK', file: 'main/shell/window.ts', reason: 'Auxclick is disabled in webPreferences.' }];
    expect(check(sarif, reasoned).unaccepted).toHaveLength(0);
    expect(check(sarif, [{ ...reasoned[0], reason: '' }]).unaccepted).toHaveLength(1);
    expect(check(sarif, [{ ...reasoned[0], file: 'main/shell/index.ts' }]).unaccepted).toHaveLength(1);
  });
});
