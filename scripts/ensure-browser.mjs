/**
 * Finds a Chromium for the end-to-end tests, or gets one: Playwright's own where it can
 * download, otherwise it names the one command that installs Debian's. Never hangs on a network
 * that is not there (the download is bounded in time).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const debian = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function ensureBrowser() {
  const found = findBrowser();
  if (found) {
    process.env.TAP_DESK_CHROMIUM = found;
    return true;
  }
  if (!process.env.CI) {
    console.log('No Chromium found; trying Playwright\'s own download (2 minutes at most)…');
    const install = spawnSync('npx', ['playwright', 'install', 'chromium'], {
      stdio: 'inherit',
      timeout: 120_000,
    });
    const after = install.status === 0 ? findBrowser() : undefined;
    if (after) {
      process.env.TAP_DESK_CHROMIUM = after;
      return true;
    }
  }
  console.error(
    'No Chromium for the end-to-end tests. Install one with: sudo apt-get install -y chromium',
  );
  return false;
}

function findBrowser() {
  for (const candidate of [process.env.TAP_DESK_CHROMIUM, ...debian]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  const bundled = chromium.executablePath();
  return existsSync(bundled) ? bundled : undefined;
}
