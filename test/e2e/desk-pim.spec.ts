/**
 * Issue 17 item 2, in the browser preview: an eligible-only technician activates a role from the
 * header (justification + ticket), waits through the activation delay on the harness clock and
 * mints without signing out, then deactivates; an approval is shown pending, then denied, then
 * approved; an authentication-context role is met by signing in again, said while it happens.
 * At 1024×640 and 1280×860, light and dark; axe finds nothing serious; the header stays one row.
 */
import type { Page } from '@playwright/test';
import { expect, test, type TapDesk } from './support/fixtures';
import { deskSizes, schemes, seriousViolations, shoot } from './support/desk-sizes';
import { createPass, hideLeftoverHandoff, verifyPerson } from './support/handoff-helpers';

test.use({ manualClock: true });

const sam = 'sam.okafor@contoso.example';
const ravi = 'ravi.iyer@contoso.example';
const elif = 'elif.demir@contoso.example';

/** The header button; its accessible name starts with the feature's name and says the state. */
const pimButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Privileged Identity Management:/ });
/** The header as drawn (a modal dialog hides it from the accessibility tree, not from sight). */
const headerText = (page: Page) => page.locator('header');
const dialogStatus = (page: Page) => page.getByRole('dialog', { name: 'Activate a role' }).getByRole('status');

/** Moves the harness clock in the watcher's 5 s steps until `text` shows (reads take real time). */
async function advanceUntil(tapDesk: TapDesk, read: () => Promise<string | null>, text: string | RegExp, stepMs = 5_000): Promise<void> {
  await expect
    .poll(
      async () => {
        const now = (await read()) ?? '';
        if (!(typeof text === 'string' ? now.includes(text) : text.test(now))) tapDesk.clock.advance(stepMs);
        return now;
      },
      { timeout: 20_000, intervals: [250] },
    )
    .toMatch(text);
}

/** The header is one row and nothing in it wraps or pushes the page sideways. */
async function headerFits(page: Page): Promise<void> {
  const fit = await page.locator('header').evaluate((header) => {
    const wraps: string[] = [];
    const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.textContent ?? '').trim() === '') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size > 1) wraps.push((node.textContent ?? '').trim());
    }
    return { height: header.getBoundingClientRect().height, wraps, sideways: document.documentElement.scrollWidth > innerWidth };
  });
  expect(fit).toEqual({ height: expect.any(Number), wraps: [], sideways: false });
  expect(fit.height).toBeLessThanOrEqual(72);
}

/** Screenshots light and dark, and axe on each. */
async function look(page: Page, name: string): Promise<void> {
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    await shoot(page, `${name}-${scheme}`);
    expect(await seriousViolations(page, `${name} ${scheme}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Records every `pim.progress` state the page receives. */
async function recordProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { pimSeen: string[]; tapDesk: { on(e: string, l: (p: { state: string }) => void): void } };
    w.pimSeen = [];
    w.tapDesk.on('pim.progress', (p) => w.pimSeen.push(p.state));
  });
  return () => page.evaluate(() => (window as unknown as { pimSeen: string[] }).pimSeen);
}

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));
    const tag = String(size.width);

    test('eligible-only Authentication Administrator activates with justification and ticket, mints, deactivates', async ({ tapDesk }) => {
      const { page } = tapDesk;
      await tapDesk.open();
      await tapDesk.signIn(sam);
      await expect(headerText(page)).toContainText('No role to issue passes');
      await expect(headerText(page)).toContainText('Activate a role');
      await headerFits(page);

      // Blocked with a clear reason before the role is active.
      await tapDesk.openUser('Adele', 'Adele Vance');
      await expect(page.getByText('Blocked: Your roles let you look up users but not issue Temporary Access Passes.')).toBeVisible();

      await pimButton(page).click();
      const list = page.getByRole('dialog', { name: 'My PIM roles' });
      await expect(list.getByText('Eligible · up to 8 h; its rules could not be read')).toBeVisible();
      await look(page, `pim-list-${tag}`);
      await list.getByRole('button', { name: 'Activate Authentication Administrator (tenant-wide)' }).click();

      const dialog = page.getByRole('dialog', { name: 'Activate a role' });
      await expect(dialog.getByRole('combobox', { name: 'Role and scope' })).toHaveValue(/\|\/$/);
      const duration = dialog.getByRole('combobox', { name: 'Duration' });
      await expect(duration).toHaveValue('240');
      // Sam may not read the policy: Entra's ceiling is the most offered, and the dialog says so.
      expect(await duration.locator('option').allTextContents()).toEqual(['30 min', '1 h', '2 h', '4 h', '8 h']);
      await expect(dialog.getByText(/could not read this role's policy, so Entra may allow less/)).toBeVisible();
      // Nothing typed on the verify form yet: nothing offered.
      await expect(dialog.getByRole('textbox', { name: 'Ticket number' })).toHaveValue('');
      await dialog.getByRole('textbox', { name: 'Justification' }).fill('Morning shift at the service desk');
      await dialog.getByRole('textbox', { name: 'Ticket number' }).fill('INC0012345');
      await look(page, `pim-dialog-${tag}`);

      await dialog.getByRole('button', { name: 'Activate' }).click();
      await expect(dialogStatus(page)).toHaveText('Requested. Waiting for Authentication Administrator (tenant-wide) to take effect…');
      await expect(headerText(page)).toContainText('PIM: activating…');
      await headerFits(page);
      await look(page, `pim-activating-${tag}`);
      // Main refuses nothing the renderer sent: the request Entra holds carries both.
      expect(tapDesk.demo.pim.requestsOf(sam)).toMatchObject([{ action: 'selfActivate', justification: 'Morning shift at the service desk', ticketNumber: 'INC0012345', durationMinutes: 240 }]);

      await advanceUntil(tapDesk, () => dialogStatus(page).textContent(), /is active until/);
      await expect(headerText(page)).toContainText('Members only (not admins)');
      await expect(headerText(page)).toContainText(/PIM: active until \d\d:\d\d/);
      await look(page, `pim-active-${tag}`);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await headerFits(page);

      // No sign-out: the next card Sam opens may be minted.
      await tapDesk.openUser('Anna', /Anna/);
      await tapDesk.openUser('Adele', 'Adele Vance');
      await verifyPerson(page, { ticket: 'inc0077777' });
      await createPass(page);
      expect(tapDesk.demo.tapOf('adele.vance@contoso.example')).not.toBeNull();
      await page.getByRole('button', { name: 'Handed over' }).click();

      // Entra ends an activation only after 5 minutes; then Sam ends the shift from the header.
      tapDesk.clock.advance(5 * 60_000);
      await pimButton(page).click();
      await list.getByRole('button', { name: 'Deactivate Authentication Administrator (tenant-wide)' }).click();
      await expect(list.getByRole('status')).toHaveText('Authentication Administrator (tenant-wide) is no longer active.');
      await expect(headerText(page)).toContainText('No role to issue passes');
      await expect(headerText(page)).toContainText('Activate a role');

      // The next activation offers the ticket last typed on the verify form, as the pattern writes it.
      await list.getByRole('button', { name: 'Activate Authentication Administrator (tenant-wide)' }).click();
      await expect(dialog.getByRole('textbox', { name: 'Ticket number' })).toHaveValue('INC0077777');
      await expect(dialog.getByText('The ticket you last entered on the verify form.')).toBeVisible();
    });

    test('a role that needs approval: pending, denied, then approved', async ({ tapDesk }) => {
      const { page } = tapDesk;
      await tapDesk.open();
      await tapDesk.signIn(ravi);
      await pimButton(page).click();
      await page.getByRole('button', { name: 'Activate Privileged Authentication Administrator (tenant-wide)' }).click();
      const dialog = page.getByRole('dialog', { name: 'Activate a role' });
      // The policy is readable: its maximum (4 h) clamps the choices, and its rules are required.
      expect(await dialog.getByRole('combobox', { name: 'Duration' }).locator('option').allTextContents()).toEqual(['30 min', '1 h', '2 h', '4 h']);
      await expect(dialog.getByText("At most 4 h, as the role's policy allows.")).toBeVisible();
      await expect(dialog.getByText('This role needs a justification.')).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Activate' })).toBeDisabled();
      await expect(dialog.getByText(/An approver must approve this role/)).toBeVisible();
      await dialog.getByRole('textbox', { name: 'Justification' }).fill('Reset for an admin');
      await dialog.getByRole('button', { name: 'Activate' }).click();
      await expect(dialogStatus(page)).toHaveText(/^Waiting for an approver/);
      await expect(headerText(page)).toContainText('PIM: awaiting approval');
      await look(page, `pim-pending-${tag}`);

      // The approver says no while the dialog is closed: the header says so.
      await dialog.getByRole('button', { name: 'Close (keeps waiting)' }).click();
      tapDesk.demo.pim.decide(ravi, false);
      await advanceUntil(tapDesk, () => pimButton(page).textContent(), 'PIM: request denied', 15_000);
      await headerFits(page);
      await look(page, `pim-denied-${tag}`);
      await pimButton(page).click();
      await expect(page.getByRole('dialog', { name: 'My PIM roles' }).getByRole('status')).toHaveText(
        'The approver turned down Privileged Authentication Administrator (tenant-wide).',
      );

      // Asked again, approved this time: approved, then in effect.
      await page.getByRole('button', { name: 'Activate Privileged Authentication Administrator (tenant-wide)' }).click();
      await dialog.getByRole('textbox', { name: 'Justification' }).fill('Reset for an admin, again');
      await dialog.getByRole('button', { name: 'Activate' }).click();
      await expect(dialogStatus(page)).toHaveText(/^Waiting for an approver/);
      tapDesk.demo.pim.decide(ravi, true);
      await advanceUntil(tapDesk, () => dialogStatus(page).textContent(), /is active/);
      await expect(headerText(page)).toContainText('Can issue passes for everyone');
    });

    test('a role behind an authentication context: main signs in again and the dialog says so', async ({ tapDesk }) => {
      const { page } = tapDesk;
      await tapDesk.open();
      await tapDesk.signIn(elif);
      const seen = await recordProgress(page);
      await pimButton(page).click();
      await page.getByRole('button', { name: 'Activate Global Administrator (tenant-wide)' }).click();
      const dialog = page.getByRole('dialog', { name: 'Activate a role' });
      await expect(dialog.getByText(/TAP Desk opens your browser to sign in again; you stay signed in here/)).toBeVisible();
      await dialog.getByRole('textbox', { name: 'Justification' }).fill('Break glass drill');
      await dialog.getByRole('button', { name: 'Activate' }).click();
      await advanceUntil(tapDesk, () => dialogStatus(page).textContent(), /is active/);
      expect(await seen()).toEqual(['signing-in-again', 'activating', 'active']);
      await dialog.getByRole('button', { name: 'Close' }).click();
      // Still the same session: signed in, with the new role counted.
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
      await expect(page.getByRole('banner').getByText('Can issue passes for everyone')).toBeVisible();
      await look(page, `pim-global-active-${tag}`);
    });
  });
}
