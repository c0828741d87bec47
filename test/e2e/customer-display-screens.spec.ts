/**
 * Both windows of the customer display at the two desk sizes, light and dark, saved to
 * test-results/screens/ for a person to look at (never committed: they show a demo pass), with
 * no serious accessibility violation on either.
 */
import { adeleVerified } from './support/desk-setup';
import { mintOntoCustomerDisplay } from './support/customer-display';
import { deskSizes, schemes, seriousViolations, shoot } from './support/desk-sizes';
import { expect, test } from './support/fixtures';
import { hideLeftoverHandoff } from './support/handoff-helpers';

test.use({ manualClock: true, customerDisplayPolicy: true });

test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

for (const scheme of schemes) {
  test(`both windows, ${scheme}, at each desk size`, async ({ tapDesk }) => {
    const { page } = tapDesk;
    await page.emulateMedia({ colorScheme: scheme });
    await adeleVerified(tapDesk);
    const customer = await tapDesk.openCustomerDisplay();
    await customer.emulateMedia({ colorScheme: scheme });
    await mintOntoCustomerDisplay(tapDesk, customer, 'Kd7+Qm2&Xz9#');
    const problems: string[] = [];
    for (const size of deskSizes) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await customer.setViewportSize({ width: size.width, height: size.height });
      const tag = `${String(size.width)}x${String(size.height)}-${scheme}`;
      await shoot(page, `customer-display-desk-${tag}`);
      await shoot(customer, `customer-display-customer-${tag}`);
      problems.push(...(await seriousViolations(page, `desk ${tag}`)));
      problems.push(...(await seriousViolations(customer, `customer ${tag}`)));
    }
    await page.getByRole('button', { name: 'Show the spelling to read aloud' }).click();
    await expect(page.getByRole('list', { name: 'Phonetic spelling, group by group' })).toBeVisible();
    await shoot(page, `customer-display-desk-spelling-1280x860-${scheme}`);
    expect(problems).toEqual([]);
  });
}
