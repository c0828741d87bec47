/**
 * Finding and launching the real shell for the Electron specs. The lookup never downloads: where
 * no binary exists, `skipReason` says so in one line and every spec skips.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, type ElectronApplication, type Page } from '@playwright/test';

export const root = fileURLToPath(new URL('../../', import.meta.url));

function findElectron(): { path: string } | { reason: string } {
  const result = spawnSync(process.execPath, ['scripts/start.mjs', '--electron-path'], { cwd: root, encoding: 'utf8' });
  const line = result.stdout.trim();
  return result.status === 0 && line !== '' ? { path: line } : { reason: line || 'Electron binary lookup failed.' };
}

const electron = findElectron();

/** Empty where a binary exists; otherwise the one line every skipped spec gives. */
export const skipReason = 'path' in electron ? '' : `Electron specs skipped: ${electron.reason}`;
if (skipReason !== '') console.log(skipReason);

export interface Desk {
  readonly app: ElectronApplication;
  readonly page: Page;
}

/** Launches the built app on `userData` (a folder of the test's own) and waits for its window. */
export async function launchDesk(userData: string): Promise<Desk> {
  if (!('path' in electron)) throw new Error(skipReason);
  expect(existsSync(join(root, 'out/main/index.js')), 'run `npm run build` first').toBe(true);
  const app = await _electron.launch({
    executablePath: electron.path,
    args: [root, `--user-data-dir=${userData}`],
    cwd: root,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

/** A fresh user-data folder, removed by the returned function. */
export async function scratchUserData(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'tap-desk-electron-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}
