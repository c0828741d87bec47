/**
 * Issue 12 item 1: Enter acts only on results that answer the text in the box. With the reply
 * for the new text still on its way, the previous query's results stay on screen (faded); Enter
 * must wait for the new results instead of opening a card from the old ones.
 */
import type { Locator } from '@playwright/test';
import { expect, test, type TapDesk } from './support/fixtures';
import { signedIn } from './support/desk-setup';
import { deskSizes, shoot } from './support/desk-sizes';

/**
 * Shows the results for "adele", then types `text` over it and presses Enter while the reply for
 * `text` takes `latencyMs`, as on a slow tenant.
 */
async function enterWhileSlow(
  tapDesk: TapDesk,
  search: Locator,
  text: string,
  latencyMs: number,
): Promise<void> {
  await search.fill('adele');
  await expect(tapDesk.page.getByRole('option', { name: /Adele Vance/ })).toBeVisible();
  tapDesk.demo.faults.latency({ method: 'GET', path: '/v1.0/users' }, latencyMs);
  await search.fill(text);
  await search.press('Enter');
}

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('Enter after changing "adele" to "adam" opens Adam Vance, never Adele', async ({
      tapDesk,
    }) => {
      const { page } = tapDesk;
      const search = await signedIn(tapDesk);
      await enterWhileSlow(tapDesk, search, 'adam', 1500);
      await shoot(page, `stale-results-${String(size.width)}`);

      await expect(page.getByRole('heading', { level: 2, name: 'Adam Vance' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Adele Vance' })).toHaveCount(0);
      await expect(search).toHaveValue('adam');
    });

    test('Enter with nothing matching the new text opens nobody', async ({ tapDesk }) => {
      const { page } = tapDesk;
      const search = await signedIn(tapDesk);
      await enterWhileSlow(tapDesk, search, 'zzqx', 800);
      await expect(page.getByText('No user matches that search.')).toBeVisible();
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
    });
  });
}
