import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder removed after the test. */
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

function electronPath(env: Record<string, string | undefined>) {
  const result = spawnSync(process.execPath, ['scripts/start.mjs', '--electron-path'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, out: result.stdout.trim(), err: result.stderr.trim() };
}

describe('scripts/start.mjs --electron-path', () => {
  it('reports a missing binary in one line, without a stack trace or a download', () => {
    const empty = tempDir('tap-desk-no-electron-');
    const result = electronPath({ ELECTRON_OVERRIDE_DIST_PATH: empty });
    expect(result.status).toBe(1);
    expect(result.out.split('\n')).toHaveLength(1);
    expect(result.out).toMatch(/^Electron binary not found/);
    expect(result.err).toBe('');
    expect(result.out).not.toMatch(/Downloading|at .*\.js:\d+/);
  });

  it.runIf(process.platform === 'linux')('finds a binary in ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dist = tempDir('tap-desk-electron-dist-');
    writeFileSync(join(dist, 'electron'), '');
    const result = electronPath({ ELECTRON_OVERRIDE_DIST_PATH: dist });
    expect(result).toMatchObject({ status: 0, out: join(dist, 'electron') });
  });
});
