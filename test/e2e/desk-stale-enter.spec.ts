/**
 * Issue 12 item 1: Enter acts only on results that answer the text in the box. With the reply
 * for the new text still on its way, the previous query's results stay on screen (faded); Enter
 * must wait for the new results instead of opening a card from the old ones.
 */
import { expect, test } from './support/fixtures';
import { deskSizes, shoot } from './support/desk-sizes';

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('Enter after changing "adele" to "adam" opens Adam Vance, never Adele', async ({
      tapDesk,
    }) => {
      const { page } = tapDesk;
      await tapDesk.open();
      await tapDesk.signIn();
      const search = page.getByRole('combobox', { name: 'Find a user' });
      await search.fill('adele');
      await expect(page.getByRole('option', { name: /Adele Vance/ })).toBeVisible();

      // The next search takes a while to answer, as on a slow tenant.
      tapDesk.demo.faults.latency({ method: 'GET', path: '/v1.0/users' }, 1500);
      await search.fill('adam');
      await search.press('Enter');
      await shoot(page, `stale-results-${String(size.width)}`);

      await expect(page.getByRole('heading', { level: 2, name: 'Adam Vance' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Adele Vance' })).toHaveCount(0);
      await expect(search).toHaveValue('adam');
    });

    test('Enter with nothing matching the new text opens nobody', async ({ tapDesk }) => {
      const { page } = tapDesk;
      await tapDesk.open();
      await tapDesk.signIn();
      const search = page.getByRole('combobox', { name: 'Find a user' });
      await search.fill('adele');
      await expect(page.getByRole('option', { name: /Adele Vance/ })).toBeVisible();
      tapDesk.demo.faults.latency({ method: 'GET', path: '/v1.0/users' }, 800);
      await search.fill('zzqx');
      await search.press('Enter');
      await expect(page.getByText('No user matches that search.')).toBeVisible();
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
    });
  });
}
