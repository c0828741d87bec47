/**
 * Issue 4, a sign-in lost mid-task: the technician's refresh token is revoked and the access
 * token runs out (on the tenant's clock). The sign-in comes back as an overlay on top of the
 * work, without a technician picker (it is the same person), and the selected user stays.
 */
import { expect, test, type TapDesk } from './support/fixtures';

const tom = 'tom.becker@contoso.example';

test.use({ manualClock: true });

/** Signed in as Tom with Adele's card open and a ticket typed, then the sign-in is lost. */
async function loseSignInMidTask(tapDesk: TapDesk): Promise<void> {
  await tapDesk.open();
  await tapDesk.signIn(tom);
  await tapDesk.openUser('Adele', 'Adele Vance');
  await tapDesk.page.getByRole('textbox', { name: 'Ticket reference' }).fill('INC0077777');
  tapDesk.demo.revokeRefreshTokens(tom);
  // Past the access token's hour plus Graph's five minutes of skew.
  tapDesk.clock.advance(66 * 60_000);
  await tapDesk.page.getByRole('combobox', { name: 'Find a user' }).fill('Megan');
}

test('the sign-in overlay comes over the work and the selected user is still there after it', async ({
  tapDesk,
}) => {
  const { page } = tapDesk;
  await loseSignInMidTask(tapDesk);

  const overlay = page.getByRole('alertdialog', { name: 'Sign in again' });
  await expect(overlay.getByRole('heading', { name: 'Sign in again' })).toBeVisible();
  await expect(overlay.getByRole('alert')).toContainText('Your sign-in has expired');
  await expect(overlay.getByRole('combobox', { name: 'Sign in as' })).toHaveCount(0);

  await overlay.getByRole('button', { name: 'Sign in with your work account' }).click();
  await expect(overlay).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'Adele Vance' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Ticket reference' })).toHaveValue('INC0077777');
  // The search that ran into the lost sign-in is asked again: its results now come.
  await expect(page.getByRole('option', { name: /Megan Bowen/ })).toBeVisible();
  await expect(
    page
      .getByRole('group', { name: 'Signed-in technician' })
      .getByText('Tom Becker', { exact: true }),
  ).toBeVisible();
});

test('signing in again really renews the sign-in: Graph answers afterwards', async ({
  tapDesk,
}) => {
  const { page } = tapDesk;
  await loseSignInMidTask(tapDesk);
  const overlay = page.getByRole('alertdialog', { name: 'Sign in again' });
  await overlay.getByRole('button', { name: 'Sign in with your work account' }).click();
  await expect(overlay).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Find a user' }).fill('Megan B');
  await expect(page.getByRole('option', { name: /Megan Bowen/ })).toBeVisible();
  // Graph's 401 made main try the (revoked) refresh token once, Entra refused it, and the new
  // interactive sign-in got fresh tokens.
  const tokenCalls = tapDesk.demo.requests.filter(
    (r) => r.method === 'POST' && /\/token$/.test(r.path),
  );
  expect(tokenCalls.map((r) => r.status)).toEqual([200, 400, 200]);
});
