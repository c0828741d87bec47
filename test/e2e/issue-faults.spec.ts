/**
 * Issue 5 under a bad network: a 429 storm on search, a storm longer than the retry budget, and
 * a mint whose reply is lost after Graph committed it (never re-sent; the truth is read back).
 */
import { expect, test, type TapDesk } from './support/fixtures';

const adele = 'adele.vance@contoso.example';

const statusesOf = (tapDesk: TapDesk, method: string, path: RegExp) =>
  tapDesk.demo.requests
    .filter((r) => r.method === method && path.test(r.path))
    .map((r) => r.status);

test('a 429 storm on search is ridden out: the results still come', async ({ tapDesk }) => {
  await tapDesk.open();
  await tapDesk.signIn();
  tapDesk.demo.faults.throttle({ method: 'GET', path: '/v1.0/users' }, { times: 3 });
  await tapDesk.openUser('Adele', 'Adele Vance');
  expect(statusesOf(tapDesk, 'GET', /^\/v1\.0\/users$/)).toEqual([429, 429, 429, 200]);
});

test('a storm longer than the retries says so, and the next search works', async ({ tapDesk }) => {
  const { page } = tapDesk;
  await tapDesk.open();
  await tapDesk.signIn();
  tapDesk.demo.faults.throttle({ method: 'GET', path: '/v1.0/users' }, { times: 4 });
  await page.getByRole('combobox', { name: 'Find a user' }).fill('Adele');
  const failed = page.getByRole('alert').filter({ hasText: 'Search failed' });
  await expect(failed).toContainText('(throttled)');
  expect(statusesOf(tapDesk, 'GET', /^\/v1\.0\/users$/)).toEqual([429, 429, 429, 429]);

  await tapDesk.openUser('Megan', 'Megan Bowen');
  await expect(failed).toHaveCount(0);
});

test('a lost mint reply: not re-sent, the truth panel says a pass exists, replace hands one over', async ({
  tapDesk,
}) => {
  const { page } = tapDesk;
  const mints = () => statusesOf(tapDesk, 'POST', /\/temporaryAccessPassMethods$/);
  await tapDesk.open();
  await tapDesk.signIn();
  await tapDesk.openUser('Adele', 'Adele Vance');
  await tapDesk.verifyIdentity();
  tapDesk.demo.faults.commitThenDrop({ method: 'POST', path: /temporaryAccessPassMethods$/ });
  await page.getByRole('button', { name: 'Create pass' }).click();

  const truth = page.getByRole('alert').filter({ hasText: 'The reply was lost.' });
  await expect(truth).toContainText('The pass WAS created');
  await expect(page.getByRole('group', { name: 'Temporary Access Pass' })).toHaveCount(0);
  const lost = tapDesk.demo.tapOf(adele);
  expect(lost).not.toBeNull();
  // Exactly one POST, and it got no reply: TAP Desk read the state back instead of retrying.
  expect(mints()).toEqual([0]);
  // The card, reloaded, shows the pass that now exists.
  await expect(page.getByText('Usable', { exact: true })).toBeVisible();

  await truth.getByRole('button', { name: 'Replace pass' }).click();
  await page.getByRole('button', { name: 'Replace pass' }).click();
  await page
    .getByRole('alertdialog', { name: 'Replace the existing pass?' })
    .getByRole('button', { name: 'Replace pass' })
    .click();
  await expect(page.getByRole('group', { name: 'Temporary Access Pass' })).toBeVisible();
  expect(tapDesk.demo.tapOf(adele)?.id).not.toBe(lost?.id);
  expect(mints()).toEqual([0, 201]);
});
