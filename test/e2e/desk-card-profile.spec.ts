/**
 * Issue 12 item 10: what verification needs is on the card (the photo, the manager, the office,
 * the exact admin roles), and search results tell two people of one name apart.
 */
import { expect, test } from './support/fixtures';
import { deskSizes, schemes, shoot } from './support/desk-sizes';

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('photo, manager, office and role names on the card; job title and employee id in results', async ({ tapDesk }) => {
      const { page } = tapDesk;
      await tapDesk.open();
      await tapDesk.signIn();
      await page.getByRole('combobox', { name: 'Find a user' }).fill('vance');
      const adam = page.getByRole('option', { name: /Adam Vance/ });
      await expect(adam).toContainText('Store Associate');
      await expect(adam).toContainText(/ID E\d+/);
      await expect(page.getByRole('option', { name: /Adele Vance/ })).toContainText('Retail Manager');
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        await shoot(page, `search-two-vances-${String(size.width)}-${scheme}`);
      }
      await adam.click();
      const photo = page.getByRole('img', { name: 'Profile photo of Adam Vance' });
      await expect(photo).toBeVisible();
      await expect(page.locator('img[src^="blob:"]')).toHaveCount(1);
      await expect(page.getByText('Adele Vance (Retail Manager)')).toBeVisible();
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        await shoot(page, `card-profile-${String(size.width)}-${scheme}`);
      }
      await tapDesk.openUser('Morgan', 'Morgan Reyes');
      await expect(page.getByText('Global Administrator', { exact: true })).toBeVisible();
    });
  });
}
