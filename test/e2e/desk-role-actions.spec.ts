/**
 * Issue 12 item 5: a read-only technician (Global Reader) sees Revoke disabled with the reason,
 * as for mint, and main refuses a revoke sent past the renderer.
 */
import { expect, test } from './support/fixtures';
import { deskSizes, schemes, shoot } from './support/desk-sizes';

const nina = 'nina.patel@contoso.example';

for (const size of deskSizes) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('Global Reader: Revoke is disabled and says why; main refuses it too', async ({
      tapDesk,
    }) => {
      const { page } = tapDesk;
      await tapDesk.open();
      await tapDesk.signIn('grace.liu@contoso.example');
      await tapDesk.openUser('Nina', 'Nina Patel');

      const revoke = page.getByRole('button', { name: 'Revoke pass' });
      await expect(revoke).toBeVisible();
      await expect(revoke).toBeDisabled();
      await expect(revoke).toHaveAccessibleDescription(
        'Your roles let you look up users and their passes, but not revoke them.',
      );
      await revoke.scrollIntoViewIfNeeded();
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        await shoot(page, `revoke-read-only-${String(size.width)}-${scheme}`);
      }
      await revoke.click({ force: true });
      await expect(page.getByRole('alertdialog')).toHaveCount(0);

      // A hostile renderer sends the command anyway.
      const tapId = tapDesk.demo.tapOf(nina)?.id ?? '';
      const reply = (await page.evaluate(
        (args) =>
          (
            window as unknown as { tapDesk: { invoke(c: string, a: object): Promise<unknown> } }
          ).tapDesk.invoke('tap.revoke', args),
        { user: nina, tapId, ticket: 'INC0012345' },
      )) as { ok: boolean; error?: { code: string } };
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(tapDesk.demo.tapOf(nina)).not.toBeNull();
    });

    test('Privileged Authentication Administrator: Revoke stays enabled', async ({ tapDesk }) => {
      const { page } = tapDesk;
      await tapDesk.open();
      await tapDesk.signIn();
      await tapDesk.openUser('Nina', 'Nina Patel');
      await expect(page.getByRole('button', { name: 'Revoke pass' })).toBeEnabled();
    });
  });
}
