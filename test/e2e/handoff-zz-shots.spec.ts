import { expect, test } from './support/fixtures';
import { createPass, hideLeftoverHandoff, verifyPerson } from './support/handoff-helpers';

test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));
for (const scheme of ['light', 'dark'] as const) {
  test(`shots ${scheme}`, async ({ tapDesk }) => {
    const { page } = tapDesk;
    await page.emulateMedia({ colorScheme: scheme });
    await tapDesk.open();
    await tapDesk.signIn();
    await tapDesk.openUser('Morgan', 'Morgan Reyes');
    await page.screenshot({ path: `/tmp/hshots/verify-${scheme}.png`, fullPage: true });
    await verifyPerson(page);
    tapDesk.demo.setTapBehaviour({ nextPass: 'Demo0OoIl1+Pass&5Sz' });
    await createPass(page);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.screenshot({ path: `/tmp/hshots/handoff-${scheme}.png`, fullPage: true });
    await page.getByRole('button', { name: 'Handed over' }).click();
    await page.screenshot({ path: `/tmp/hshots/gone-${scheme}.png`, fullPage: true });
    await page.getByRole('tab', { name: 'Audit journal' }).click();
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('button', { name: 'Export CSV' }).click();
    await expect(page.getByText(/^Exported/)).toBeVisible();
    await page.screenshot({ path: `/tmp/hshots/audit-${scheme}.png`, fullPage: true });
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.screenshot({ path: `/tmp/hshots/settings-${scheme}.png`, fullPage: true });
  });
}
