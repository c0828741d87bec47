/**
 * An invalid settings file gets a screen that names the file, the field and the fix, and the app
 * still starts (issue 4).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHarness } from '../harness/server';

test('a malformed field in the user settings is named with its file and fix', async ({ page }) => {
  const userData = await mkdtemp(join(tmpdir(), 'tap-desk-bad-settings-'));
  const file = join(userData, 'settings.json');
  await writeFile(file, JSON.stringify({ handoff: { displaySeconds: 5000 }, tenantId: 'not-a-guid' }), {
    mode: 0o600,
  });
  const harness = await startHarness({ userData });
  try {
    await page.goto(harness.url);
    const problems = page.getByRole('region', { name: 'Configuration problems' });
    await expect(problems).toBeVisible();
    await expect(problems).toContainText(file);
    await expect(problems).toContainText('handoff.displaySeconds');
    await expect(problems).toContainText('tenantId');
    await expect(problems).toContainText('Fix:');
    // The app still starts: the first-run screen is usable.
    await expect(page.getByRole('button', { name: 'Explore the demo tenant' })).toBeVisible();
  } finally {
    await harness.stop();
    // The harness removes only folders it made; this one is ours.
    await rm(userData, { recursive: true, force: true });
  }
});
