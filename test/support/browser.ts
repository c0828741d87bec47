/**
 * Which Chromium the end-to-end tests drive: TAP_DESK_CHROMIUM, then Debian's, then Playwright's
 * own download. Background networking is off: the tests reach nothing but loopback.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.TAP_DESK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  const bundled = chromium.executablePath();
  return existsSync(bundled) ? bundled : undefined;
}
