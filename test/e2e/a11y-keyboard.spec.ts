/**
 * The whole mint flow with the keyboard alone: sign in, Ctrl+K to the search, arrows and Enter
 * to pick the user, Tab/Space through the checks, arrows in the method list, typing the ticket,
 * Enter on "Create pass", then Copy and Escape on the handoff screen. The mouse is never used;
 * the test only reads where focus is.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import {
  expectHandoffGone,
  hideLeftoverHandoff,
  passRegion,
  readPass,
} from './support/handoff-helpers';

/** Presses `key` (Tab or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function moveFocusTo(page: Page, target: Locator, key = 'Tab', max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

test('the whole mint flow works with the keyboard alone', async ({ tapDesk }) => {
  test.setTimeout(120_000);
  const { page, harness } = tapDesk;
  await tapDesk.open();

  const signIn = page.getByRole('button', { name: 'Sign in with your work account' });
  await expect(signIn).toBeVisible();
  await moveFocusTo(page, signIn);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // Ctrl+K from anywhere: first move focus away from the search, to the page tabs.
  await moveFocusTo(page, page.getByRole('tab', { name: 'Issue a pass' }));
  await page.keyboard.press('Control+k');
  const search = page.getByRole('combobox', { name: 'Find a user' });
  await expect(search).toBeFocused();
  await page.keyboard.type('Ad');
  await expect(page.getByRole('option', { name: /Adele Vance/ })).toBeVisible();
  // Arrow to Adele (the list may hold Adam Vance and others too), then Enter.
  for (let i = 0; i < 10; i++) {
    const active = await search.getAttribute('aria-activedescendant');
    const activeText = active ? await page.locator(`[id="${active}"]`).innerText() : '';
    if (activeText.includes('Adele Vance')) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Adele Vance' })).toBeVisible();

  for (const label of [
    'Photo ID checked against the person',
    'Matches employee record (name, department, manager)',
  ]) {
    const box = page.getByRole('checkbox', { name: label });
    await moveFocusTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }

  const method = page.getByRole('combobox', { name: 'Verification method' });
  await moveFocusTo(page, method);
  await page.keyboard.press('ArrowDown');
  await expect(method).toHaveValue('In person with photo ID');

  const ticket = page.getByRole('textbox', { name: 'Ticket reference' });
  await moveFocusTo(page, ticket);
  await page.keyboard.type('INC0012345');

  // Shift+Tab works too: step back to the method and forward again.
  await moveFocusTo(page, method, 'Shift+Tab');
  await moveFocusTo(page, ticket);

  const create = page.getByRole('button', { name: 'Create pass' });
  await moveFocusTo(page, create);
  await expect(create).toBeEnabled();
  await page.keyboard.press('Enter');

  // The pass is on screen, and focus is on the handoff, not lost on the page.
  await expect(passRegion(page)).toBeVisible();
  const pass = await readPass(page);
  expect(pass).toHaveLength(tapDesk.demo.tapPolicy.defaultLength);
  await expect(
    page.getByRole('region', { name: /Temporary Access Pass for Adele Vance/ }),
  ).toBeFocused();

  const copy = page.getByRole('button', { name: 'Copy' });
  await moveFocusTo(page, copy);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Copied\./)).toBeVisible();
  expect(
    (await harness.clipboard.readText()) === pass,
    'Copy by keyboard put the pass on the clipboard',
  ).toBe(true);

  await page.keyboard.press('Escape');
  await expectHandoffGone(page, 'You hid the pass.');
  await expect.poll(() => harness.app.heldPasses()).toBe(0);
});
