#!/usr/bin/env node
/**
 * `npm start`: build if the sources changed, then run TAP Desk in Electron. Electron 45 has no
 * install script, so the first start fetches the binary with Electron's own installer (see
 * start/fetch-electron.mjs), showing its progress. Only when that fails (offline, a blocked
 * mirror) does it say so in one sentence and open the browser preview on the demo tenant.
 *
 * `node scripts/start.mjs --electron-path` prints the binary's path (exit 0) or why there is
 * none (exit 1), without building or downloading; the Electron end-to-end specs use it to skip.
 *
 * TAPDESK_ELECTRON_STALL_SECONDS (default 30) bounds the wait: the fetch stops when nothing has
 * arrived for that long.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  electronPackageDir,
  electronVersion,
  findElectronBinary,
} from './start/electron-binary.mjs';
import { fetchElectron } from './start/fetch-electron.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const onWindows = process.platform === 'win32';
const stallSeconds = Number(process.env.TAPDESK_ELECTRON_STALL_SECONDS) || 30;

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
  const outputs = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map(
    (p) => join(root, p),
  );
  if (!outputs.every((p) => existsSync(p))) return true;
  const built = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const sources = ['main', 'preload', 'renderer', 'electron.vite.config.ts', 'package.json'];
  return sources.some((p) => newest(join(root, p)) > built);
}

/** The environment for children: nothing but the installer above may download Electron. */
function childEnv() {
  return { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' };
}

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: childEnv() });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** Why no fetch should be tried, or undefined when the installer may run. */
function reasonNotToFetch(env) {
  if (electronVersion(root) === undefined)
    return 'the electron package is not installed (run `npm install`)';
  if (env.ELECTRON_OVERRIDE_DIST_PATH)
    return `ELECTRON_OVERRIDE_DIST_PATH (${env.ELECTRON_OVERRIDE_DIST_PATH}) holds no Electron binary`;
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'ELECTRON_SKIP_BINARY_DOWNLOAD is set';
  return undefined;
}

/** The binary's path, fetching it first where it is missing; or why there is none. */
async function electronBinary() {
  const found = findElectronBinary(root);
  if ('path' in found) return found;
  const notNow = reasonNotToFetch(process.env);
  if (notNow) return { missing: notNow };
  console.log(
    `Fetching the Electron ${electronVersion(root)} binary once with Electron's installer ` +
      `(ELECTRON_MIRROR, ELECTRON_CACHE and proxies apply; it gives up after ${stallSeconds} s without progress)…`,
  );
  const fetched = await fetchElectron({
    packageDir: electronPackageDir(root),
    env: process.env,
    stallSeconds,
    print: console.log,
  });
  if (!fetched.ok) return { missing: fetched.reason };
  const after = findElectronBinary(root);
  return 'path' in after ? after : { missing: `the installer finished but left ${after.missing}` };
}

async function main() {
  if (process.argv.includes('--electron-path')) {
    const found = findElectronBinary(root);
    if ('path' in found) console.log(found.path);
    else console.log(`Electron binary not found: ${found.missing}.`);
    process.exit('path' in found ? 0 : 1);
  }

  if (needsBuild()) {
    const build = spawnSync('npx', ['electron-vite', 'build'], {
      cwd: root,
      stdio: 'inherit',
      env: childEnv(),
      shell: onWindows,
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  // Whatever goes wrong on the way to a binary ends in the sentence and the preview, not a stack.
  const binary = await electronBinary().catch((error) => ({
    missing: String(error?.message ?? error),
  }));
  if ('path' in binary) {
    run(binary.path, ['.']);
    return;
  }
  console.log(
    `TAP Desk cannot run in Electron here (${binary.missing}), so it opens as a browser preview on the demo tenant instead ` +
      '(see docs/development.md, "The Electron binary").',
  );
  // tsx is resolved from this project; `npx` could fetch a missing one from the registry.
  run(process.execPath, ['--import', 'tsx', 'test/harness/preview.ts', '--open']);
}

await main();
