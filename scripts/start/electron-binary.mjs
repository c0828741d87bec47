/**
 * Where the Electron binary is, found with the file system only. Never `require('electron')`:
 * since Electron 42 that call downloads the binary, silently and without a bound.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The executable inside an unpacked Electron dist, as electron/install.js names it. */
function executableName(platform) {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return platform === 'win32' ? 'electron.exe' : 'electron';
}

/** The installed `electron` package's folder under `root`. */
export function electronPackageDir(root) {
  return join(root, 'node_modules', 'electron');
}

/** The version of the installed `electron` package, or undefined where it is missing. */
export function electronVersion(root) {
  const manifest = join(electronPackageDir(root), 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

/**
 * Where the Electron binary is, or why there is none. Repeats electron/index.js's resolution.
 * @returns {{ path: string } | { missing: string }}
 */
export function findElectronBinary(root, env = process.env, platform = process.platform) {
  const packageDir = electronPackageDir(root);
  if (!existsSync(join(packageDir, 'package.json')))
    return { missing: 'the electron package is not installed' };
  const pathFile = join(packageDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const name = recorded || executableName(platform);
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, name) : join(packageDir, 'dist', name);
  const isFile = existsSync(candidate) && statSync(candidate).isFile();
  return isFile ? { path: candidate } : { missing: `no file at ${candidate}` };
}
