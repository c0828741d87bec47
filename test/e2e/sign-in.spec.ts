/**
 * Issues 2 and 4: first run, the demo technician picker, the signed-in header, sign-out, the
 * memory-only notice and the device code flow, through the real handlers and the demo tenant.
 */
import { expect, test, type TapDesk } from './support/fixtures';

const tom = 'tom.becker@contoso.example';

/** The header's "who is signed in" group. */
const signedInAs = (tapDesk: TapDesk) =>
  tapDesk.page.getByRole('group', { name: 'Signed-in technician' });

test.describe('first run', () => {
  test.use({ startInDemo: false });

  test('explore the demo tenant, sign in as a chosen technician, see who and what, sign out', async ({
    tapDesk,
  }) => {
    const { page } = tapDesk;
    await tapDesk.open();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Welcome to TAP Desk' }),
    ).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Sign in as' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Explore the demo tenant' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }),
    ).toBeVisible();
    await expect(page.getByText('Demo tenant', { exact: true })).toBeVisible();

    await tapDesk.signIn(tom);
    const header = signedInAs(tapDesk);
    await expect(header.getByText('Tom Becker', { exact: true })).toBeVisible();
    await expect(header).toContainText(`${tom} · tenant ${tapDesk.demo.tenantId}`);
    await expect(header).toContainText('Members only (not admins)');
    // The token cache is encrypted here, so no warning about forgetting the sign-in.
    await expect(page.getByText(/Sign-in is not remembered/)).toHaveCount(0);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Sign in', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    // A sign-out is not a lost sign-in: no "Sign in again" overlay, the picker is back.
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: 'Sign in as' })).toBeVisible();
  });
});

test('the picker lists every seeded technician with roles and defaults to the first', async ({
  tapDesk,
}) => {
  const { page } = tapDesk;
  await tapDesk.open();
  const picker = page.getByRole('combobox', { name: 'Sign in as' });
  const [first] = tapDesk.demo.technicians;
  await expect(picker).toContainText(first!.displayName);
  // The selected technician's description reads as the field's hint.
  await expect(page.getByText(first!.description, { exact: true })).toBeVisible();

  await picker.click();
  const options = page.getByRole('option');
  await expect(options).toHaveCount(tapDesk.demo.technicians.length);
  for (const t of tapDesk.demo.technicians) {
    const option = page.getByRole('option', { name: new RegExp(t.displayName) });
    await expect(option).toContainText(t.roles.length ? t.roles.join(', ') : 'No admin role');
    await expect(option).toContainText(t.description);
  }
  await page.keyboard.press('Escape');

  // Signing in without touching the picker signs in the first technician.
  await tapDesk.signIn();
  await expect(signedInAs(tapDesk).getByText(first!.displayName, { exact: true })).toBeVisible();
  await expect(signedInAs(tapDesk)).toContainText('Can issue passes for everyone');
});

test('signing out and in again as someone else changes who is signed in', async ({ tapDesk }) => {
  await tapDesk.open();
  await tapDesk.signIn('grace.liu@contoso.example');
  await expect(signedInAs(tapDesk)).toContainText('Read only: cannot issue passes');
  await tapDesk.page.getByRole('button', { name: 'Sign out' }).click();

  await tapDesk.signIn('sam.okafor@contoso.example');
  await expect(signedInAs(tapDesk).getByText('Sam Okafor', { exact: true })).toBeVisible();
  await expect(signedInAs(tapDesk)).toContainText('No role to issue passes');
});

test.describe('without OS encryption', () => {
  test.use({ encryptedSecrets: false });

  test('the signed-in frame says the sign-in is kept in memory only', async ({ tapDesk }) => {
    await tapDesk.open();
    await tapDesk.signIn();
    await expect(
      tapDesk.page.getByText('Sign-in is not remembered: this computer offers no secure storage.'),
    ).toBeVisible();
  });
});

test('device code: the code on screen, approved elsewhere, signs the technician in', async ({
  tapDesk,
}) => {
  const { page } = tapDesk;
  await tapDesk.open();
  await page.getByRole('button', { name: 'Use a code instead' }).click();

  const code = page.getByLabel(/^Code /);
  await expect(code).toHaveText(/^[A-Z0-9]{6,12}$/);
  const userCode = (await code.textContent()) ?? '';
  await expect(page.getByRole('button', { name: 'Cancel sign-in' })).toBeVisible();
  // Whoever enters the code decides who signs in, so the picker is gone meanwhile.
  await expect(page.getByRole('combobox', { name: 'Sign in as' })).toHaveCount(0);

  tapDesk.demo.approveDeviceCode(userCode, 'lena.fischer@contoso.example');
  await expect(signedInAs(tapDesk).getByText('Lena Fischer', { exact: true })).toBeVisible();
  await expect(signedInAs(tapDesk)).toContainText('Members only (not admins)');
  await expect(code).toHaveCount(0);
});

test('device code: cancelling returns to the sign-in choices', async ({ tapDesk }) => {
  const { page } = tapDesk;
  await tapDesk.open();
  await page.getByRole('button', { name: 'Use a code instead' }).click();
  await expect(page.getByLabel(/^Code /)).toBeVisible();
  await page.getByRole('button', { name: 'Cancel sign-in' }).click();
  await expect(page.getByRole('button', { name: 'Sign in with your work account' })).toBeVisible();
  await expect(page.getByLabel(/^Code /)).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('device code in demo mode: TAP Desk enters the code for the trainee after a pause', async ({
  tapDesk,
}) => {
  const { page } = tapDesk;
  await tapDesk.open();
  await page.getByRole('combobox', { name: 'Sign in as' }).click();
  await page.getByRole('option', { name: /Tom Becker/ }).click();
  await page.getByRole('button', { name: 'Use a code instead' }).click();
  await expect(page.getByLabel(/^Code /)).toBeVisible();
  await expect(page.getByText(/enters the code for you/)).toBeVisible();
  // Nobody approves it here: the demo does, as the technician picked before asking for a code.
  await expect(signedInAs(tapDesk).getByText('Tom Becker', { exact: true })).toBeVisible({
    timeout: 20_000,
  });
});
