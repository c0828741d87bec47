/**
 * Issue 12 item 13: in demo mode, Settings names the tenant TAP Desk is connected to (the demo
 * tenant's id), never "Not set". Both sizes, light and dark, axe.
 */
import { expect, test } from './support/fixtures';
import { deskSizes, schemes, seriousViolations, shoot } from './support/desk-sizes';

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test("Settings shows the demo tenant's id in demo mode", async ({ tapDesk }) => {
      const { page } = tapDesk;
      await tapDesk.open();
      await tapDesk.signIn();
      await page.getByRole('tab', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      const connection = page.locator('dl');
      await expect(connection.getByText(`${tapDesk.demo.tenantId} (demo tenant)`, { exact: true })).toBeVisible();
      await expect(connection.getByText("The demo tenant's built-in app", { exact: true })).toBeVisible();
      await expect(connection.getByText('Not set')).toHaveCount(0);
      await connection.scrollIntoViewIfNeeded();
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(page, `settings in demo mode (${scheme})`)).toEqual([]);
        await shoot(page, `settings-demo-${String(size.width)}-${scheme}`);
      }
    });
  });
}
