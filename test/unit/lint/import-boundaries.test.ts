/**
 * Proves the remaining "nevers" with ESLint's own API: use cases import neither the shell,
 * electron nor the demo tenant; the contract imports only zod; production never imports test/.
 * Each fixture in test/fixtures/lint/ is linted as if it lived at the given path.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `fixture` placed at `filePath`. */
async function ruleIds(fixture: string, filePath: string): Promise<string[]> {
  const code = readFileSync(new URL(`../../fixtures/lint/${fixture}`, import.meta.url), 'utf8');
  const [result] = await eslint.lintText(code, { filePath });
  if (result === undefined) throw new Error('no lint result');
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`parse error in ${fixture}: ${fatal.message}`);
  return result.messages.map((m) => m.ruleId ?? 'unknown');
}

describe('eslint import boundaries', () => {
  beforeAll(async () => {
    await eslint.lintText('', { filePath: 'main/warm-up.ts' });
  }, 60_000);

  it.each([
    // Use cases: not the shell, not electron, not the demo tenant.
    ['shell-adapter-import.ts', 'main/handoff/x.ts', 'tap-desk/use-case-imports'],
    ['shell-window-import.ts', 'main/tap/x.ts', 'tap-desk/use-case-imports'],
    ['demo-tenant-import.ts', 'main/auth/x.ts', 'tap-desk/use-case-imports'],
    ['demo-tenant-import.ts', 'main/config/x.ts', 'tap-desk/use-case-imports'],
    ['demo-tenant-deep-import.ts', 'main/users/sub/x.ts', 'tap-desk/use-case-imports'],
    ['electron-side-effect-import.ts', 'main/graph/x.ts', 'no-restricted-imports'],
    ['electron-dynamic-import.ts', 'main/audit/x.ts', 'no-restricted-syntax'],
    // Production never imports test/.
    ['test-code-import.ts', 'main/handoff/x.ts', 'tap-desk/no-test-code'],
    ['test-code-import.ts', 'renderer/features/x.tsx', 'tap-desk/no-test-code'],
    ['test-code-import.ts', 'preload/contract/x.ts', 'tap-desk/no-test-code'],
    // The contract imports only zod.
    ['contract-main-import.ts', 'preload/contract.ts', 'tap-desk/contract-imports'],
    ['contract-node-import.ts', 'preload/contract.ts', 'tap-desk/contract-imports'],
    ['contract-node-import.ts', 'preload/contract/limits.ts', 'tap-desk/contract-imports'],
  ])('%s at %s fails with %s', async (fixture, filePath, rule) => {
    expect(await ruleIds(fixture, filePath)).toContain(rule);
  });

  it.each([
    // The wiring and the demo tenant itself may reach the demo tenant; tests may use fakes.
    ['demo-tenant-import.ts', 'main/demo-tenant/x.ts'],
    ['demo-tenant-deep-import.ts', 'main/demo-tenant/entra/x.ts'],
    ['test-code-import.ts', 'test/unit/x.test.ts'],
    ['zod-import.ts', 'preload/contract.ts'],
    ['zod-import.ts', 'preload/x.ts'],
  ])('%s at %s passes', async (fixture, filePath) => {
    expect(await ruleIds(fixture, filePath)).toEqual([]);
  });
});
