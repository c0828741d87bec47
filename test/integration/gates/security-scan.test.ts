import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { scan, unacceptedFindings } from '../../../scripts/security-scan.mjs';

type Finding = { rule: string; file: string };
type Outcome = { findings: Finding[]; unaccepted: Finding[] };
const check = unacceptedFindings as (sarif: unknown, exceptions: unknown[]) => Outcome;

describe('security scan gate', () => {
  it('fails a deliberately insecure copy of an Electron main file', () => {
    const { unaccepted } = check(scan(['test/fixtures/insecure-app']), []);
    const rules = unaccepted.map((finding) => finding.rule);
    expect(rules).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']));
  });

  it('accepts a finding only with a listed rule, file and reason', () => {
    const sarif = {
      runs: [
        {
          results: [
            {
              ruleId: 'AUXCLICK_JS_CHECK',
              locations: [{ physicalLocation: { artifactLocation: { uri: 'app/main/window.ts' } } }],
            },
          ],
        },
      ],
    };
    const reasoned = [{ rule: 'AUXCLICK_JS_CHECK', file: 'main/window.ts', reason: 'Auxclick is disabled in webPreferences.' }];
    expect(check(sarif, reasoned).unaccepted).toHaveLength(0);
    expect(check(sarif, [{ ...reasoned[0], reason: '' }]).unaccepted).toHaveLength(1);
    expect(check(sarif, [{ ...reasoned[0], file: 'main/index.ts' }]).unaccepted).toHaveLength(1);
  });
});
