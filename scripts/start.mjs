#!/usr/bin/env node
/**
 * `npm start`: build if the sources changed, then run TAP Desk in Electron. Where the Electron
 * binary is missing (it is downloaded from outside the npm registry, so offline machines never
 * have it), say so in one sentence and open the browser preview on the demo tenant instead.
 *
 * Never `require('electron')` here: since Electron 42 that call downloads the binary. The
 * lookup below repeats electron/index.js's resolution using only the file system.
 *
 * `node scripts/start.mjs --electron-path` prints the binary's path (exit 0) or why there is
 * none (exit 1), without building; the Electron end-to-end specs use it to decide to skip.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const onWindows = process.platform === 'win32';

/** The executable inside an unpacked Electron dist, as electron/install.js names it. */
function executableName(platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

/**
 * Where the Electron binary is, or why there is none.
 * @returns {{ path: string } | { missing: string }}
 */
function findElectronBinary(env = process.env, platform = process.platform) {
  const packageDir = join(root, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json'))) return { missing: 'the electron package is not installed' };
  const pathFile = join(packageDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const name = recorded || executableName(platform);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, name) : join(packageDir, 'dist', name);
  const isFile = existsSync(candidate) && statSync(candidate).isFile();
  return isFile ? { path: candidate } : { missing: `no file at ${candidate}` };
}

const missingSentence =
  'The Electron binary is not installed, so TAP Desk opens as a browser preview on the demo tenant instead ' +
  '(where the network allows, `npx electron@45.5.0 --version` in this folder fetches it once, or set ' +
  'ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 build).';

/** Newest modification time under `path` (a file or a folder). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function needsBuild() {
  const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((p) => join(root, p));
  if (!outputs.every((p) => existsSync(p))) return true;
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const sources = ['main', 'preload', 'renderer', 'electron.vite.config.ts', 'package.json'];
  return sources.some((p) => newest(join(root, p)) > built);
}

/** The environment for children: nothing we start may try to download Electron. */
function childEnv() {
  return { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: childEnv(), shell: onWindows });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  if (process.argv.includes('--electron-path')) {
    const found = findElectronBinary();
    if ('path' in found) console.log(found.path);
    else console.log(`Electron binary not found: ${found.missing}.`);
    process.exit('path' in found ? 0 : 1);
  }

  if (needsBuild()) {
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit', env: childEnv(), shell: onWindows });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const found = findElectronBinary();
  if ('path' in found) {
    run(found.path, ['.']);
    return;
  }
  console.log(missingSentence);
  run('npx', ['tsx', 'test/harness/preview.ts', '--open']);
}

main();
