import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './test/support/browser';

const executablePath = chromiumExecutable();

export default defineConfig({
  globalSetup: './test/support/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  outputDir: 'test-results/playwright',
  reporter: [['list'], ['json', { outputFile: process.env.TAP_DESK_PW_JSON ?? 'test-results/e2e.json' }]],
  use: {
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
    colorScheme: 'light',
    viewport: { width: 1280, height: 860 },
    screenshot: 'off',
    trace: 'off',
  },
  projects: [
    { name: 'e2e', testDir: 'test/e2e', testIgnore: /a11y-.*\.spec\.ts/ },
    { name: 'a11y', testDir: 'test/e2e', testMatch: /a11y-.*\.spec\.ts/ },
    { name: 'electron', testDir: 'test/electron' },
  ],
});
