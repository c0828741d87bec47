/**
 * Issue 11 app item 5: a role given after sign-in (a PIM activation elsewhere) counts once the
 * technician asks "Refresh my roles", without signing out, and the open card is read again.
 */
import { expect, test } from './support/fixtures';
import { adeleOpen } from './support/desk-setup';
import { deskSizes } from './support/desk-sizes';

const sam = 'sam.okafor@contoso.example';

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('Refresh my roles: the header and the open card follow the new role', async ({ tapDesk }) => {
      const { page } = tapDesk;
      await adeleOpen(tapDesk, sam);
      await expect(page.getByText('Your roles let you look up users but not issue Temporary Access Passes.').first()).toBeVisible();
      tapDesk.demo.activateRole(sam, 'Authentication Administrator');
      await page.getByRole('button', { name: 'Refresh my roles' }).click();
      await expect(page.getByText('Members only (not admins)')).toBeVisible();
      await expect(page.getByText('Your roles let you look up users but not issue Temporary Access Passes.')).toHaveCount(0);
      await expect(page.locator('[data-fact="your-role"]')).toHaveAttribute('data-state', 'ok');
    });
  });
}
