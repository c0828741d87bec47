/**
 * Issue 12 item 11: "Second technician present" names the colleague, checked against the
 * directory in the renderer and again in main, and the journal records who it was.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { auditFolderOf, deskSizes, schemes, shoot } from './support/desk-sizes';
import {
  createPass,
  hideLeftoverHandoff,
  identityChecks,
  mintButton,
  readJournal,
} from './support/handoff-helpers';

async function invoke(page: Page, command: string, args: object): Promise<unknown> {
  return page.evaluate(
    ([c, a]) =>
      (
        window as unknown as { tapDesk: { invoke(c: string, a: object): Promise<unknown> } }
      ).tapDesk.invoke(c as string, a as object),
    [command, args] as const,
  );
}

const morgan = 'morgan.reyes@contoso.example';
const privilegedMint = (secondTechnician?: string) => ({
  user: morgan,
  lifetimeInMinutes: 60,
  isUsableOnce: true,
  replace: false,
  verification: {
    tier: 'privileged',
    checked: ['photo-id', 'employee-record', 'second-technician', 'security-notified'],
    method: 'In person with photo ID',
    ticket: 'INC0012345',
    ...(secondTechnician ? { secondTechnician } : {}),
  },
});

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.afterEach(({ tapDesk }) => hideLeftoverHandoff(tapDesk.harness));

    test('the second technician is named, found in the directory and journalled', async ({
      tapDesk,
    }) => {
      const { page } = tapDesk;
      await tapDesk.open();
      await tapDesk.signIn();
      await tapDesk.openUser('Morgan', 'Morgan Reyes');
      for (const box of await identityChecks(page).all()) await box.check();
      await page.getByRole('combobox', { name: 'Verification method' }).selectOption({ index: 1 });
      await page.getByRole('textbox', { name: 'Ticket reference' }).fill('INC0012345');
      const field = page.getByRole('textbox', { name: 'Second technician' });
      await expect(mintButton(page)).toBeDisabled();

      // Not the technician themself.
      await field.fill('Priya Natarajan');
      await expect(page.getByText('The second technician must be someone else.')).toBeVisible();
      await expect(mintButton(page)).toBeDisabled();

      await field.fill('Tom Becker');
      await expect(
        page.getByText('Found in the directory: Tom Becker (tom.becker@contoso.example)'),
      ).toBeVisible();
      await field.scrollIntoViewIfNeeded();
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        await shoot(page, `second-technician-${String(size.width)}-${scheme}`);
      }
      await createPass(page);
      await page.getByRole('button', { name: 'Handed over' }).click();

      const { lines } = await readJournal(await auditFolderOf(page));
      const mint = lines.find((l) => l.action === 'mint' && l.result === 'success');
      expect(mint?.secondTechnician).toBe('tom.becker@contoso.example');
    });

    test('main refuses a privileged mint without a second technician found in the directory', async ({
      tapDesk,
    }) => {
      const { page } = tapDesk;
      await tapDesk.open();
      await tapDesk.signIn();
      for (const named of [undefined, 'nobody@contoso.example', 'priya.natarajan@contoso.example']) {
        const reply = (await invoke(page, 'tap.mint', privilegedMint(named))) as {
          ok: boolean;
          error?: { code: string };
        };
        expect(reply, String(named)).toMatchObject({
          ok: false,
          error: { code: 'verification-incomplete' },
        });
      }
      expect(tapDesk.demo.tapOf(morgan)).toBeNull();
    });
  });
}
