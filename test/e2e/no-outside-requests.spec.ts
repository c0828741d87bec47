/**
 * The renderer reaches nothing but its own bundle (and, in the harness, the bridge shim on the
 * same origin): every request of a whole session is intercepted and checked.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Lets same-origin requests through and records (and aborts) every other one. */
async function recordOutsideRequests(page: Page, ownUrl: string): Promise<string[]> {
  const own = new URL(ownUrl).origin;
  const outside: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin === own) await route.continue();
    else {
      outside.push(url);
      await route.abort();
    }
  });
  return outside;
}

test('a full session makes no request to any other host', async ({ tapDesk }) => {
  const outside = await recordOutsideRequests(tapDesk.page, tapDesk.harness.url);
  await tapDesk.open();
  await tapDesk.signIn();
  await tapDesk.openUser('adele', 'Adele Vance');
  await expect(tapDesk.page.getByText('The TAP policy covers this user')).toBeVisible();
  expect(outside).toEqual([]);
});

test('the interception would catch an outside request', async ({ tapDesk }) => {
  const outside = await recordOutsideRequests(tapDesk.page, tapDesk.harness.url);
  await tapDesk.open();
  // The CSP stops sub-resources before they become requests; a navigation is not stopped by it,
  // so it shows the interception itself sees a request to another host.
  await tapDesk.page.evaluate(() => {
    window.location.href = 'https://cdn.example.invalid/page';
  });
  await expect.poll(() => outside).toEqual(['https://cdn.example.invalid/page']);
});
