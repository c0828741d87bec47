/**
 * Issue 12 item 13 / issue 14 §2: the first-run "How to register TAP Desk in Entra" link opens the
 * admin guide's own registration steps inside the app (bundled from docs/admin-guide.md when the
 * renderer is built), not a web page: nothing is opened outside. Both sizes, light and dark, axe.
 */
import { expect, test } from './support/fixtures';
import { deskSizes, schemes, seriousViolations, shoot } from './support/desk-sizes';

test.use({ startInDemo: false });

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('the registration link shows the local permission steps', async ({ tapDesk }) => {
      const { page } = tapDesk;
      const outside: string[] = [];
      page.on('popup', (popup) => outside.push(popup.url()));
      await tapDesk.open();
      await expect(page.getByRole('heading', { level: 1, name: 'Welcome to TAP Desk' })).toBeVisible();
      const link = page.getByRole('button', { name: 'How to register TAP Desk in Entra' });
      await link.click();

      const help = page.getByRole('dialog', { name: 'How to register TAP Desk in Entra' });
      await expect(help).toBeVisible();
      await expect(help.getByRole('heading', { name: 'Steps' })).toBeVisible();
      for (const permission of ['User.Read.All', 'UserAuthenticationMethod.ReadWrite.All', 'Policy.Read.AuthenticationMethod']) {
        await expect(help.getByRole('cell', { name: new RegExp(`^${permission.replace(/\./g, '\\.')}$`) })).toBeVisible();
      }
      const steps = help.getByRole('list').last().getByRole('listitem');
      await expect(steps).toHaveCount(6);
      await expect(steps.nth(1)).toContainText('Mobile and desktop applications');
      await expect(steps.nth(2)).toContainText('Grant admin consent');

      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await seriousViolations(page, `registration help (${scheme})`)).toEqual([]);
        await shoot(page, `registration-help-${String(size.width)}-${scheme}`);
      }
      await help.getByRole('button', { name: 'Close' }).click();
      await expect(help).toBeHidden();
      await expect(link).toBeFocused();
      expect(outside).toEqual([]);
    });
  });
}
