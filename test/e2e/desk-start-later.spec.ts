/**
 * Issue 12 item 14: turning on "Start later" shows the date and time fields plain, not in
 * error, until something that does not work has been typed into them.
 */
import { expect, test } from './support/fixtures';
import { adeleOpen } from './support/desk-setup';
import { deskSizes, schemes, shoot } from './support/desk-sizes';
import { mintButton } from './support/handoff-helpers';

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('"Start later" fields are not in error before anything is typed', async ({
      tapDesk,
    }) => {
      const { page } = tapDesk;
      await adeleOpen(tapDesk);
      await page.getByRole('switch', { name: 'Start later' }).check();

      const date = page.getByLabel('Start date');
      const time = page.getByLabel('Start time (local)');
      await expect(date).toBeVisible();
      await expect(date).not.toHaveAttribute('aria-invalid', 'true');
      await expect(time).not.toHaveAttribute('aria-invalid', 'true');
      await time.scrollIntoViewIfNeeded();
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        await shoot(page, `start-later-empty-${String(size.width)}-${scheme}`);
      }
      // The button still says what is missing.
      await expect(mintButton(page)).toBeDisabled();

      // A start in the past is an error once both fields hold it.
      await date.fill('2020-01-01');
      await expect(date).not.toHaveAttribute('aria-invalid', 'true');
      await time.fill('10:00');
      await expect(date).toHaveAttribute('aria-invalid', 'true');
      await expect(time).toHaveAttribute('aria-invalid', 'true');
    });
  });
}
