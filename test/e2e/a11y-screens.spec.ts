/**
 * axe-core on every screen, in light and dark: zero serious or critical violations. Screens:
 * first run, sign-in, the issue page with search results, the user card with verify and mint
 * form (standard and privileged), the handoff screen, the "handed over" panel, audit, settings.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createPass, hideLeftoverHandoff, verifyPerson } from './support/handoff-helpers';

type Scheme = 'light' | 'dark';

/**
 * Serious and critical violations on the page as it is now, as one line each (rule, impact,
 * selectors; never node HTML, which could hold a pass). Tabster's focus guards
 * (`[data-tabster-dummy]`) are excluded: Fluent inserts these invisible, aria-hidden <i
 * tabindex=0> elements to keep focus inside lists and dialogs, and axe flags an aria-hidden
 * focusable element (`aria-hidden-focus`), although tabster moves focus on the moment it lands.
 */
async function seriousViolations(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact ?? ''}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

for (const scheme of ['light', 'dark'] as const satisfies readonly Scheme[]) {
  test.describe(`accessibility, ${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test.describe('unconfigured install', () => {
      test.use({ startInDemo: false });

      test('first run', async ({ tapDesk }) => {
        const { page } = tapDesk;
        await tapDesk.open();
        await expect(page.getByRole('textbox', { name: 'Tenant ID' })).toBeVisible();
        expect(await seriousViolations(page, 'first run')).toEqual([]);
      });
    });

    test('sign-in, issue, user card, verify, mint form, handoff, audit, settings', async ({
      tapDesk,
    }) => {
      test.setTimeout(120_000);
      const { page } = tapDesk;
      const found: string[] = [];

      await tapDesk.open();
      await expect(
        page.getByRole('button', { name: 'Sign in with your work account' }),
      ).toBeVisible();
      found.push(...(await seriousViolations(page, 'sign-in')));

      await tapDesk.signIn();
      await page.getByRole('combobox', { name: 'Find a user' }).fill('a');
      await expect(page.getByRole('option').first()).toBeVisible();
      found.push(...(await seriousViolations(page, 'issue page with search results')));

      await tapDesk.openUser('Morgan', 'Morgan Reyes');
      await expect(page.getByText('Privileged user', { exact: true })).toBeVisible();
      found.push(...(await seriousViolations(page, 'privileged user card + verify + mint form')));

      await tapDesk.openUser('Adele', 'Adele Vance');
      await verifyPerson(page, { ticket: 'INC12' });
      await expect(page.getByText(/Does not look like a ticket reference/)).toBeVisible();
      found.push(...(await seriousViolations(page, 'user card + verify (bad ticket) + mint form')));

      await page.getByRole('textbox', { name: 'Ticket reference' }).fill('INC0012345');
      await createPass(page);
      await page.getByRole('button', { name: 'Copy' }).click();
      await expect(page.getByText(/^Copied\./)).toBeVisible();
      found.push(...(await seriousViolations(page, 'handoff screen')));

      await page.getByRole('button', { name: 'Handed over' }).click();
      await expect(page.getByRole('region', { name: 'Handoff finished' })).toBeVisible();
      found.push(...(await seriousViolations(page, 'handoff finished')));

      await page.getByRole('tab', { name: 'Audit journal' }).click();
      await page.getByRole('button', { name: 'Verify' }).click();
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).click();
      await downloading;
      await expect(page.getByText(/^Exported/)).toBeVisible();
      await expect(page.getByRole('table', { name: 'Audit journal entries' })).toBeVisible();
      found.push(...(await seriousViolations(page, 'audit journal')));

      await page.getByRole('tab', { name: 'Settings' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      found.push(...(await seriousViolations(page, 'settings')));

      expect(found).toEqual([]);
    });
    test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));
  });
}
