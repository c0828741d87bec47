/**
 * Where most desk specs start, named after how far the technician has got: signed in, a card
 * open, the person verified. Built from the fixture's own steps, so each says only which ones.
 */
import type { Locator, Page } from '@playwright/test';
import type { TapDesk } from './fixtures';
import { verifyPerson } from './handoff-helpers';

/** The search box at the top of the desk. */
export function searchBox(page: Page): Locator {
  return page.getByRole('combobox', { name: 'Find a user' });
}

/** Opens TAP Desk and signs in (as `upn`, else the default technician); returns the search box. */
export async function signedIn(tapDesk: TapDesk, upn?: string): Promise<Locator> {
  await tapDesk.open();
  await tapDesk.signIn(upn);
  return searchBox(tapDesk.page);
}

/** Signed in (as `upn`, else the default technician) with Adele Vance's card open. */
export async function adeleOpen(tapDesk: TapDesk, upn?: string): Promise<void> {
  await signedIn(tapDesk, upn);
  await tapDesk.openUser('Adele', 'Adele Vance');
}

/** Adele Vance's card open and every identity check, a method and a ticket entered: ready to create a pass. */
export async function adeleVerified(
  tapDesk: TapDesk,
  options?: Parameters<typeof verifyPerson>[1],
): Promise<void> {
  await adeleOpen(tapDesk);
  await verifyPerson(tapDesk.page, options);
}
