/**
 * The project the packaging tests package, and its electron-vite build. The tests package the
 * real `out/`; TAPDESK_PACKAGING_PROJECT_DIR points them at another checkout when debugging.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the project under test (the repository unless overridden). */
export const projectDir: string =
  process.env['TAPDESK_PACKAGING_PROJECT_DIR'] ?? fileURLToPath(new URL('../..', import.meta.url));

/** Runs `electron-vite build` when `out/` has no main bundle yet (CI builds before testing). */
export async function ensureBuilt(dir: string = projectDir): Promise<void> {
  if (existsSync(join(dir, 'out', 'main', 'index.js'))) return;
  // electron-vite's exports map hides bin/, so locate it from its package.json.
  const manifest = createRequire(join(dir, 'package.json')).resolve('electron-vite/package.json');
  const cli = join(dirname(manifest), 'bin', 'electron-vite.js');
  const child = spawn(process.execPath, [cli, 'build'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number | null>((done) => child.on('close', done));
  if (exitCode !== 0 || !existsSync(join(dir, 'out', 'main', 'index.js'))) {
    throw new Error(
      `electron-vite build failed (exit ${String(exitCode)}):\n${output.slice(-4000)}`,
    );
  }
}
