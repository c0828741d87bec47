/**
 * Issue 5, pre-flight: every reason the form stays shut is shown on the card with its next step,
 * the button says why it is disabled, and nothing reaches Graph. Also the roles side: what an
 * Authentication Administrator (Tom) may and may not do, and the policy he cannot read.
 */
import type { Page } from '@playwright/test';
import { expect, test, type TapDesk } from './support/fixtures';

const tom = 'tom.becker@contoso.example';

const mintPosts = (tapDesk: TapDesk) =>
  tapDesk.demo.requests.filter(
    (r) => r.method === 'POST' && /\/temporaryAccessPassMethods$/.test(r.path),
  );

/** The form is shut for `message`: card verdict, disabled inputs, button and its reason. */
async function expectBlocked(page: Page, message: string): Promise<void> {
  await expect(page.getByText(message, { exact: true })).toBeVisible();
  const create = page.getByRole('button', { name: /^(Create|Replace) pass$/ });
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription(`Blocked: ${message}`);
  await expect(page.getByRole('switch', { name: 'Start later' })).toBeDisabled();
  await expect(page.getByRole('textbox', { name: 'Ticket reference' })).toBeDisabled();
  await create.click({ force: true });
}

const blocks = [
  {
    name: 'the TAP policy is turned off',
    arrange: (t: TapDesk) => t.demo.setTapPolicy({ state: 'disabled' }),
    query: 'Adele',
    user: 'Adele Vance',
    upn: 'adele.vance@contoso.example',
    message: 'Temporary Access Pass is turned off in this tenant.',
  },
  {
    name: "the user is not in the policy's target group",
    query: 'Pradeep',
    user: 'Pradeep Gupta',
    upn: 'pradeep.gupta@contoso.example',
    message: "This user is outside the TAP policy's groups, so a pass would not work.",
  },
  {
    name: 'the user is in the excluded group',
    query: 'Victor',
    user: 'Victor Hale',
    upn: 'victor.hale@contoso.example',
    message: "The TAP policy excludes this user (they are in the excluded group 'TAP blocked'), so a pass would not work.",
  },
  {
    name: 'the account is disabled',
    query: 'Evan',
    user: 'Evan Marsh',
    upn: 'evan.marsh@contoso.example',
    message: 'This account is disabled: a pass would not let the user sign in.',
  },
  {
    name: 'the user is an external guest',
    query: 'Jamie',
    user: 'Jamie Partner (Fabrikam)',
    upn: 'jamie.partner_fabrikam.example#EXT#@contoso.example',
    message:
      'This is an external guest: a Temporary Access Pass can only be issued to members and internal guests.',
  },
  {
    name: 'the user is the technician',
    query: 'Priya',
    user: 'Priya Natarajan',
    upn: 'priya.natarajan@contoso.example',
    message: 'This is your own account: you cannot issue yourself a Temporary Access Pass.',
  },
  {
    name: 'an Authentication Administrator opens an admin',
    technician: tom,
    query: 'Morgan',
    user: 'Morgan Reyes',
    upn: 'morgan.reyes@contoso.example',
    message:
      'This user holds an admin role: only a Privileged Authentication Administrator can issue their pass.',
  },
  {
    name: 'an Authentication Administrator opens a role-assignable group member (Graph 403s her methods)',
    technician: tom,
    query: 'Dana',
    user: 'Dana Whitfield',
    upn: 'dana.whitfield@contoso.example',
    message:
      'This user is privileged (for example through a role-assignable group): only a Privileged Authentication Administrator can issue their pass.',
    alsoShows: "Cannot read this user's methods with your permissions.",
  },
];

for (const b of blocks) {
  test(`blocked before anything is sent: ${b.name}`, async ({ tapDesk }) => {
    b.arrange?.(tapDesk);
    await tapDesk.open();
    await tapDesk.signIn(b.technician);
    await tapDesk.openUser(b.query, b.user);
    await expectBlocked(tapDesk.page, b.message);
    if (b.alsoShows) await expect(tapDesk.page.getByText(b.alsoShows)).toBeVisible();
    expect(mintPosts(tapDesk)).toHaveLength(0);
    expect(tapDesk.demo.tapOf(b.upn)).toBeNull();
  });
}

test('an internal guest is not blocked (only external guests are)', async ({ tapDesk }) => {
  await tapDesk.open();
  await tapDesk.signIn();
  await tapDesk.openUser('Pat', 'Pat Contractor');
  await expect(tapDesk.page.getByText('The TAP policy covers this user')).toBeVisible();
  await tapDesk.verifyIdentity();
  await expect(tapDesk.page.getByRole('button', { name: 'Create pass' })).toBeEnabled();
});

test('a tampered renderer cannot mint for an admin as an Authentication Administrator', async ({
  tapDesk,
}) => {
  await tapDesk.open();
  await tapDesk.signIn(tom);
  await tapDesk.openUser('Morgan', 'Morgan Reyes');
  const morgan = tapDesk.demo.findUser('morgan.reyes@contoso.example');
  // Straight through the bridge, as a compromised page would: main must refuse on its own.
  const reply = await tapDesk.page.evaluate(
    (user) =>
      (
        window as unknown as { tapDesk: { invoke(c: string, a: object): Promise<unknown> } }
      ).tapDesk.invoke('tap.mint', {
        user,
        lifetimeInMinutes: 60,
        isUsableOnce: true,
        replace: false,
        verification: {
          tier: 'privileged',
          checked: ['photo-id', 'employee-record', 'second-technician', 'security-notified'],
          method: 'In person with photo ID',
          ticket: 'INC0012345',
          // Complete evidence, so the refusal is the role's, not the checklist's.
          secondTechnician: 'priya.natarajan@contoso.example',
        },
      }),
    morgan!.id,
  );
  expect(reply).toMatchObject({ ok: false, error: { code: 'needs-privileged-role' } });
  expect(mintPosts(tapDesk)).toHaveLength(0);
  expect(tapDesk.demo.tapOf('morgan.reyes@contoso.example')).toBeNull();
});

test('Tom cannot read the policy: the card says it was not checked, and he can still mint for members', async ({
  tapDesk,
}) => {
  const { page } = tapDesk;
  await tapDesk.open();
  await tapDesk.signIn(tom);
  // Riley holds Authentication Administrator, a role Tom's own role may still manage.
  await tapDesk.openUser('Riley', 'Riley Chen');
  await expect(page.locator('[data-fact="policy"]')).toContainText('Not checked: the TAP policy');
  // With no policy to clamp to, the presets stop at Entra's default policy (1 to 8 hours).
  await expect(page.getByRole('radio', { name: '8 h' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '1 day' })).toHaveCount(0);
  await tapDesk.verifyIdentity();
  // Riley holds a role, so the privileged checks apply: the colleague present is named.
  await page.getByRole('textbox', { name: 'Second technician' }).fill('Grace Liu');
  await page.getByRole('button', { name: 'Create pass' }).click();
  await expect(page.getByRole('group', { name: 'Temporary Access Pass' })).toBeVisible();
  expect(tapDesk.demo.tapOf('riley.chen@contoso.example')).not.toBeNull();
});
