/**
 * Issue 12 items 2-4: the card never claims more than was read. Each fact is checked and fine, a
 * problem, or "not checked" with why; a pass that could not be read is not "no pass"; lifetimes
 * offered without the policy are Entra's defaults, narrowed to what Graph names in a refusal.
 */
import { expect, test } from './support/fixtures';
import { adeleOpen } from './support/desk-setup';
import { deskSizes, schemes, shoot } from './support/desk-sizes';

const tom = 'tom.becker@contoso.example';
const lena = 'lena.fischer@contoso.example';

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('policy unreadable: "not checked" with the reason, never a green tick', async ({ tapDesk }) => {
      const { page } = tapDesk;
      await adeleOpen(tapDesk, tom);
      const checks = page.getByRole('list', { name: 'What TAP Desk checked' });
      const policy = checks.locator('[data-fact="policy"]');
      await expect(policy).toHaveAttribute('data-state', 'not-checked');
      await expect(policy).toContainText('Not checked: the TAP policy');
      await expect(policy).toContainText('Your roles cannot read the TAP policy');
      await expect(page.getByText('The TAP policy covers this user')).toHaveCount(0);
      await expect(checks.locator('[data-fact="account"]')).toHaveAttribute('data-state', 'ok');
      await policy.scrollIntoViewIfNeeded();
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        await shoot(page, `card-facts-unchecked-${String(size.width)}-${scheme}`);
      }
    });

    test('a pass that could not be read is not "no pass"', async ({ tapDesk }) => {
      const { page } = tapDesk;
      await tapDesk.open();
      await tapDesk.signIn(lena);
      await tapDesk.openUser('Nina', 'Nina Patel');
      await expect(page.getByText('No Temporary Access Pass', { exact: true })).toHaveCount(0);
      await expect(page.getByText(/Could not be read with your roles/)).toBeVisible();
      await expect(page.locator('[data-fact="current-pass"]')).toHaveAttribute('data-state', 'not-checked');
    });

    test("lifetimes: Entra's default range while the policy is unknown, then the range Graph names", async ({ tapDesk }) => {
      const { page } = tapDesk;
      tapDesk.demo.setTapPolicy({ minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 240, defaultLifetimeInMinutes: 60 });
      await tapDesk.open();
      await tapDesk.signIn(tom);
      await tapDesk.openUser('Isaiah', 'Isaiah Langer');
      const presets = page.getByRole('radiogroup', { name: /Lifetime/ });
      await expect(presets.getByRole('radio', { name: '8 h' })).toBeVisible();
      await expect(presets.getByRole('radio', { name: /day/ })).toHaveCount(0);
      await presets.getByRole('radio', { name: '8 h' }).check();
      await tapDesk.verifyIdentity();
      await page.getByRole('button', { name: 'Create pass' }).click();
      await expect(page.getByText(/only allows a lifetime from 1 hour to 4 hours/)).toBeVisible();
      await expect(presets.getByRole('radio', { name: '8 h' })).toHaveCount(0);
      await expect(presets.getByRole('radio', { name: '4 h' })).toBeVisible();
      expect(tapDesk.demo.tapOf('isaiah.langer@contoso.example')).toBeNull();
    });
  });
}
