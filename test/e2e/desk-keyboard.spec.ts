/**
 * Issue 12 item 9: the keys a technician presses, counted. From signed in to the pass on
 * screen, and from the pass to the next person's search, typing (the name, the ticket) apart.
 * Target: at most 10 keys plus typing. Enter in the ticket field creates the pass once the form
 * is complete; after "Handed over" focus lands on "Next user" and Ctrl+K starts the next person.
 * Both counts go to test-results/keyboard-figures.json for the `npm test` summary.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { adeleOpen, signedIn } from './support/desk-setup';
import { deskSizes } from './support/desk-sizes';
import { goodTicket, hideLeftoverHandoff, passRegion } from './support/handoff-helpers';

/** Presses keys and counts them; typing is counted apart (it is the technician's content). */
class Keys {
  pressed: string[] = [];
  typed = 0;
  constructor(private readonly page: Page) {}
  async press(key: string): Promise<void> {
    this.pressed.push(key);
    await this.page.keyboard.press(key);
  }
  async type(text: string): Promise<void> {
    this.typed += text.length;
    await this.page.keyboard.type(text);
  }
}

const figures: Record<string, { toPass: number; toNextSearch: number; typed: number }> = {};

test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));
test.afterAll(async () => {
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/keyboard-figures.json', JSON.stringify(figures, null, 2));
});

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('signed in → pass and pass → next search within 10 keys plus typing', async ({
      tapDesk,
    }) => {
      const { page } = tapDesk;
      const search = await signedIn(tapDesk);
      const keys = new Keys(page);

      // Signed in: the search box should already have focus; if not, Ctrl+K counts.
      if (!(await search.evaluate((el) => el === document.activeElement))) {
        await keys.press('Control+k');
      }
      await expect(search).toBeFocused();
      await keys.type('adele');
      await keys.press('Enter');
      await expect(page.getByRole('heading', { level: 2, name: 'Adele Vance' })).toBeVisible();

      // Focus is on the first identity check; Space ticks, Tab moves on.
      await expect(
        page.getByRole('checkbox', { name: 'Photo ID checked against the person' }),
      ).toBeFocused();
      await keys.press('Space');
      await keys.press('Tab');
      await keys.press('Space');
      await keys.press('Tab');
      await expect(page.getByRole('combobox', { name: 'Verification method' })).toBeFocused();
      await keys.press('ArrowDown');
      await expect(page.getByRole('combobox', { name: 'Verification method' })).toHaveValue(
        'In person with photo ID',
      );
      await keys.press('Tab');
      await expect(page.getByRole('textbox', { name: 'Ticket reference' })).toBeFocused();
      await keys.type(goodTicket);
      await keys.press('Enter');
      await expect(passRegion(page)).toBeVisible();
      const toPass = keys.pressed.length;

      // Hand over, then the next person.
      keys.pressed = [];
      await keys.press('Tab');
      await expect(page.getByRole('button', { name: 'Copy' })).toBeFocused();
      await keys.press('Tab');
      await expect(page.getByRole('button', { name: 'Handed over' })).toBeFocused();
      await keys.press('Enter');
      await expect(page.getByRole('button', { name: 'Next user' })).toBeFocused();
      await keys.press('Control+k');
      await expect(search).toBeFocused();
      await expect(search).toHaveValue('');
      const toNextSearch = keys.pressed.length;

      figures[size.name] = { toPass, toNextSearch, typed: keys.typed };
      test.info().annotations.push({
        type: 'keys',
        description: `signed in → pass: ${String(toPass)} keys; pass → next search: ${String(toNextSearch)} keys`,
      });
      expect(toPass).toBeLessThanOrEqual(10);
      expect(toNextSearch).toBeLessThanOrEqual(10);
    });

    test('Enter in an incomplete ticket field creates nothing', async ({ tapDesk }) => {
      const { page } = tapDesk;
      await adeleOpen(tapDesk);
      const ticket = page.getByRole('textbox', { name: 'Ticket reference' });
      await ticket.fill(goodTicket);
      await ticket.press('Enter');
      await expect(page.getByText(/Tick every identity check/)).toBeVisible();
      await expect(passRegion(page)).toHaveCount(0);
      expect(tapDesk.demo.tapOf('adele.vance@contoso.example')).toBeNull();
    });
  });
}
