/**
 * Issue 5, the happy paths and the form's own rules: search → card → verify → mint, replace,
 * revoke, delayed start, a forced one-time policy, and a lifetime the form refuses to send.
 * Every outcome is checked on screen and in the demo tenant's state.
 */
import { expect, test, type TapDesk } from './support/fixtures';

const adele = 'adele.vance@contoso.example';
const nina = 'nina.patel@contoso.example';

/** The POSTs that create a pass, as the demo tenant logged them. */
const mintPosts = (tapDesk: TapDesk) =>
  tapDesk.demo.requests.filter(
    (r) => r.method === 'POST' && /\/temporaryAccessPassMethods$/.test(r.path),
  );

/** The pass on the handoff screen, without the grouping spaces. */
async function shownPass(tapDesk: TapDesk): Promise<string> {
  const pass = tapDesk.page.getByRole('group', { name: 'Temporary Access Pass' });
  await expect(pass).toBeVisible();
  return ((await pass.textContent()) ?? '').replace(/\s/g, '');
}

test('mint with the defaults: verify, create, the pass is shown once and exists in the tenant', async ({
  tapDesk,
}) => {
  const { page } = tapDesk;
  await tapDesk.open();
  await tapDesk.signIn();
  await tapDesk.openUser('Adele', 'Adele Vance');
  await expect(page.getByText('The TAP policy covers this user')).toBeVisible();

  const create = page.getByRole('button', { name: 'Create pass' });
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription(/Tick every identity check/);
  await tapDesk.verifyIdentity();
  await expect(create).toBeEnabled();
  expect(tapDesk.demo.tapOf(adele)).toBeNull();

  await create.click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Temporary Access Pass for Adele Vance' }),
  ).toBeVisible();
  expect(await shownPass(tapDesk)).toHaveLength(tapDesk.demo.tapPolicy.defaultLength);

  const tap = tapDesk.demo.tapOf(adele);
  expect(tap).toMatchObject({
    lifetimeInMinutes: tapDesk.demo.tapPolicy.defaultLifetimeInMinutes,
    isUsableOnce: true,
    isUsable: true,
    methodUsabilityReason: 'EnabledByPolicy',
  });
  expect(mintPosts(tapDesk)).toHaveLength(1);
});

test('a multi-use pass of a longer preset lifetime is sent as chosen', async ({ tapDesk }) => {
  const { page } = tapDesk;
  await tapDesk.open();
  await tapDesk.signIn();
  await tapDesk.openUser('Megan', 'Megan Bowen');
  await page.getByRole('radio', { name: '4 h' }).check();
  await page.getByRole('switch', { name: 'One-time use' }).uncheck();
  await tapDesk.verifyIdentity('REQ1234567');
  await page.getByRole('button', { name: 'Create pass' }).click();
  await shownPass(tapDesk);
  expect(tapDesk.demo.tapOf('megan.bowen@contoso.example')).toMatchObject({
    lifetimeInMinutes: 240,
    isUsableOnce: false,
  });
});

test('replacing a live pass asks first; cancel sends nothing, confirm replaces it', async ({
  tapDesk,
}) => {
  const { page } = tapDesk;
  const before = tapDesk.demo.tapOf(nina);
  expect(before?.isUsable).toBe(true);
  await tapDesk.open();
  await tapDesk.signIn();
  await tapDesk.openUser('Nina', 'Nina Patel');
  await expect(page.getByText(/creating a new one replaces it/)).toBeVisible();
  await tapDesk.verifyIdentity();

  await page.getByRole('button', { name: 'Replace pass' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Replace the existing pass?' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  expect(mintPosts(tapDesk)).toHaveLength(0);
  expect(tapDesk.demo.tapOf(nina)?.id).toBe(before?.id);

  await page.getByRole('button', { name: 'Replace pass' }).click();
  await confirm.getByRole('button', { name: 'Replace pass' }).click();
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: /New pass \(the old one is gone\) for Nina Patel/,
    }),
  ).toBeVisible();
  await shownPass(tapDesk);
  const after = tapDesk.demo.tapOf(nina);
  expect(after).not.toBeNull();
  expect(after?.id).not.toBe(before?.id);
  expect(mintPosts(tapDesk)).toHaveLength(1);
});

test('revoking asks first, then the pass is gone from the card and the tenant', async ({
  tapDesk,
}) => {
  const { page } = tapDesk;
  await tapDesk.open();
  await tapDesk.signIn();
  await tapDesk.openUser('Nina', 'Nina Patel');
  await expect(page.getByText('Usable', { exact: true })).toBeVisible();
  // A revoke is recorded against the ticket typed in the identity check.
  await page.getByRole('textbox', { name: 'Ticket reference' }).fill('INC0012345');

  await page.getByRole('button', { name: 'Revoke pass' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Revoke the pass?' });
  await expect(confirm).toContainText('INC0012345');
  await expect(confirm).toContainText('Nina Patel');
  await confirm.getByRole('button', { name: 'Revoke pass' }).click();

  await expect(page.getByText('No Temporary Access Pass', { exact: true })).toBeVisible();
  expect(tapDesk.demo.tapOf(nina)).toBeNull();
  expect(tapDesk.demo.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
  // With the pass gone, the form creates rather than replaces.
  await expect(page.getByRole('button', { name: 'Create pass' })).toBeVisible();
});

test('a delayed start creates a pass that is not yet valid', async ({ tapDesk }) => {
  const { page } = tapDesk;
  await tapDesk.open();
  await tapDesk.signIn();
  await tapDesk.openUser('Megan', 'Megan Bowen');
  await page.getByRole('switch', { name: 'Start later' }).check();
  const create = page.getByRole('button', { name: 'Create pass' });
  await tapDesk.verifyIdentity();
  await expect(create).toHaveAccessibleDescription('Enter the start date and time.');

  // Tomorrow at 09:30 in the browser's own time zone, which is how the form reads its fields.
  const start = await page.evaluate(() => {
    const d = new Date(Date.now() + 24 * 3600_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    return { date, iso: new Date(`${date}T09:30:00`).toISOString() };
  });
  await page.getByLabel('Start date').fill(start.date);
  await page.getByLabel('Start time (local)').fill('09:30');
  await expect(create).toBeEnabled();
  await create.click();
  await shownPass(tapDesk);

  const tap = tapDesk.demo.tapOf('megan.bowen@contoso.example');
  expect(tap?.startDateTime).toBe(start.iso);
  expect(tap).toMatchObject({ isUsable: false, methodUsabilityReason: 'NotYetValid' });
});

test.describe('a policy that forces one-time passes', () => {
  test('locks the one-time switch on, and the pass is one-time', async ({ tapDesk }) => {
    const { page } = tapDesk;
    // The policy is read with the first card of the session, so set it before any card loads.
    tapDesk.demo.setTapPolicy({ isUsableOnce: true });
    await tapDesk.open();
    await tapDesk.signIn();
    await tapDesk.openUser('Adele', 'Adele Vance');
    const oneTime = page.getByRole('switch', { name: 'One-time use' });
    await expect(oneTime).toBeChecked();
    await expect(oneTime).toBeDisabled();
    await expect(
      page.getByText("Your organisation's TAP policy makes every pass one-time."),
    ).toBeVisible();

    await tapDesk.verifyIdentity();
    await page.getByRole('button', { name: 'Create pass' }).click();
    await shownPass(tapDesk);
    expect(tapDesk.demo.tapOf(adele)?.isUsableOnce).toBe(true);
  });
});

test('a custom lifetime beyond the policy maximum is refused by the form and never sent', async ({
  tapDesk,
}) => {
  const { page } = tapDesk;
  const { maximumLifetimeInMinutes: max, minimumLifetimeInMinutes: min } = tapDesk.demo.tapPolicy;
  await tapDesk.open();
  await tapDesk.signIn();
  await tapDesk.openUser('Adele', 'Adele Vance');
  await tapDesk.verifyIdentity();
  // Presets never go past the policy.
  await expect(page.getByRole('radio', { name: '1 day' })).toHaveCount(0);

  await page.getByRole('radio', { name: 'Custom' }).check();
  await page.getByRole('spinbutton', { name: 'Minutes' }).fill(String(max + 1));
  const create = page.getByRole('button', { name: 'Create pass' });
  const reason = new RegExp(`${String(min)}–${String(max)} minutes`);
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription(reason);
  await create.click({ force: true });
  await page.getByRole('spinbutton', { name: 'Minutes' }).press('Enter');

  expect(mintPosts(tapDesk)).toHaveLength(0);
  expect(tapDesk.demo.tapOf(adele)).toBeNull();

  // Back inside the range the same form sends it.
  await page.getByRole('spinbutton', { name: 'Minutes' }).fill(String(max));
  await expect(create).toBeEnabled();
  await create.click();
  await shownPass(tapDesk);
  expect(tapDesk.demo.tapOf(adele)?.lifetimeInMinutes).toBe(max);
});
