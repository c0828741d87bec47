/**
 * Proves the layering rules in eslint.config.js with ESLint's own API: each fixture in
 * test/fixtures/lint/ is linted as if it lived at a given path in the repository.
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

describe('eslint layering rules', () => {
  // Loading the config and the TypeScript parser is slow on a busy machine; do it once.
  beforeAll(async () => {
    await eslint.lintText('', { filePath: 'main/warm-up.ts' });
  }, 60_000);

  it.each([
    ['ipc-main-import.ts', 'main/tap/x.ts', 'no-restricted-imports'],
    ['ipc-main-import.ts', 'main/shell/window.ts', 'no-restricted-imports'],
    ['ipc-main-import.ts', 'main/electron/x.ts', 'no-restricted-imports'],
    ['ipc-main-import.ts', 'preload/index.ts', 'no-restricted-imports'],
    ['electron-side-effect-import.ts', 'main/security/x.ts', 'no-restricted-imports'],
    ['electron-side-effect-import.ts', 'renderer/x.tsx', 'no-restricted-imports'],
    ['electron-type-import.ts', 'renderer/x.tsx', 'no-restricted-imports'],
    ['node-fs-import.ts', 'renderer/x.tsx', 'no-restricted-imports'],
    ['main-import.ts', 'renderer/x.tsx', 'no-restricted-imports'],
    ['window-tap-desk.ts', 'renderer/features/x.tsx', 'no-restricted-properties'],
    ['window-tap-desk-computed.ts', 'renderer/x.tsx', 'no-restricted-properties'],
    ['window-tap-desk-destructured.ts', 'renderer/x.tsx', 'no-restricted-properties'],
  ])('%s at %s fails with %s', async (fixture, filePath, rule) => {
    expect(await ruleIds(fixture, filePath)).toContain(rule);
  });

  it.each([
    ['ipc-main-import.ts', 'main/shell/ipc.ts'],
    ['window-tap-desk.ts', 'renderer/bridge.ts'],
    ['electron-side-effect-import.ts', 'main/shell/index.ts'],
    ['electron-side-effect-import.ts', 'main/electron/x.ts'],
    ['node-fs-import.ts', 'main/security/x.ts'],
  ])('%s at %s passes', async (fixture, filePath) => {
    expect(await ruleIds(fixture, filePath)).toEqual([]);
  });

  // Gaps the current config does not close; the fix is a config change reported to the lead
  // (no-restricted-syntax for import()/require of electron, globalThis/self.tapDesk). When it
  // lands these start failing: turn `it.fails` into `it`.
  it.each([
    ['electron-dynamic-import.ts', 'main/tap/x.ts'],
    ['electron-require.ts', 'main/tap/x.ts'],
    ['global-this-tap-desk.ts', 'renderer/x.tsx'],
  ])('KNOWN GAP: %s at %s should fail lint', async (fixture, filePath) => {
    expect(await ruleIds(fixture, filePath)).not.toEqual([]);
  });
});
