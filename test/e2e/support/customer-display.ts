/**
 * Steps for the customer display (issue 19 item 3): the second window the pass goes to, and the
 * probes that prove where the pass is and is not.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { TapDesk } from './fixtures';
import { mintButton, passRegion, readPass } from './handoff-helpers';

/** The technician's panel that says where the pass is. */
export function shownOnCustomerDisplay(page: Page): Locator {
  return page.getByRole('status', { name: 'Where the pass is' });
}

/** The customer page with no pass on it. */
export function customerWaiting(customer: Page): Locator {
  return customer.getByText('Your pass appears here when the technician creates it.');
}

/** Mints `pass` (the demo tenant is told to) with a customer display open; waits for both screens. */
export async function mintOntoCustomerDisplay(tapDesk: TapDesk, customer: Page, pass: string): Promise<void> {
  const { page } = tapDesk;
  tapDesk.demo.setTapBehaviour({ nextPass: pass });
  await expect(mintButton(page)).toBeEnabled();
  await mintButton(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hand over the pass' })).toBeVisible();
  await expect(shownOnCustomerDisplay(page)).toBeVisible();
  await expect(passRegion(customer)).toBeVisible();
  expect((await readPass(customer)) === pass, 'the customer display shows the pass').toBe(true);
}

/** The customer page is back to waiting: no pass region, and the pass nowhere in its DOM. */
export async function expectCustomerWiped(customer: Page): Promise<void> {
  await expect(passRegion(customer)).toHaveCount(0);
  await expect(customer.getByRole('img', { name: 'QR code of your pass' })).toHaveCount(0);
  await expect(customerWaiting(customer)).toBeVisible();
}
