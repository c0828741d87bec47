/**
 * Playwright global setup: the end-to-end tests serve the built renderer, so build it first when
 * `npm run test:e2e` runs on its own (`npm test` has already built it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function globalSetup(): void {
  if (!existsSync('out/renderer/index.html')) {
    execFileSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
  }
}
