/**
 * Issue 13 item 5, end to end through the preview's bridge: two mints for one user at once make
 * exactly one POST; a pass made on the tenant between card and mint is never replaced silently,
 * and a confirmed replace is journalled as "replace".
 */
import { expect, test, type TapDesk } from './support/fixtures';
import { auditFolderOf } from './support/desk-sizes';
import { readJournal } from './support/handoff-helpers';

const megan = 'megan.bowen@contoso.example';

const mintPosts = (tapDesk: TapDesk) =>
  tapDesk.demo.requests.filter((r) => r.method === 'POST' && /\/temporaryAccessPassMethods$/u.test(r.path));

/** `tap.mint` straight through the bridge, as the renderer sends it. */
function mintVia(tapDesk: TapDesk, replace: boolean, times = 1): Promise<{ ok: boolean; error?: { code: string; message: string } }[]> {
  return tapDesk.page.evaluate(
    async ({ user, replace: confirmed, times: count }) => {
      const bridge = (window as unknown as { tapDesk: { invoke(c: string, a: object): Promise<{ ok: boolean; error?: { code: string; message: string } }> } }).tapDesk;
      const args = { user, lifetimeInMinutes: 60, isUsableOnce: true, replace: confirmed, verification: { tier: 'standard', checked: ['photo-id', 'employee-record'], method: 'In person with photo ID', ticket: 'INC0012345' } };
      return Promise.all(Array.from({ length: count }, () => bridge.invoke('tap.mint', args)));
    },
    { user: megan, replace, times },
  );
}

test('two concurrent mints for one user: one POST, one clear refusal', async ({ tapDesk }) => {
  await tapDesk.open();
  await tapDesk.signIn();
  await tapDesk.openUser('Megan', 'Megan Bowen');
  tapDesk.demo.resetRequests();
  // The first mint holds the user while its POST is slow, so the second arrives during it, not
  // after it (on a busy machine the second request could otherwise reach main only once the first
  // is done, and be refused for the pass it made instead).
  tapDesk.demo.faults.latency({ method: 'POST', path: /\/temporaryAccessPassMethods$/u }, 1000);
  const replies = await mintVia(tapDesk, false, 2);
  expect(replies.filter((r) => r.ok)).toHaveLength(1);
  expect(replies.find((r) => !r.ok)?.error).toMatchObject({ code: 'conflict', message: 'A pass for this user is already being created or revoked.' });
  expect(mintPosts(tapDesk)).toHaveLength(1);
  tapDesk.harness.app.onLock();
});

test('a pass made on the tenant after the card was read: refused without replace, journalled "replace" with it', async ({ tapDesk }) => {
  await tapDesk.open();
  await tapDesk.signIn();
  await tapDesk.openUser('Megan', 'Megan Bowen');
  await expect(tapDesk.page.getByText('No Temporary Access Pass', { exact: true })).toBeVisible();
  tapDesk.demo.createTapFor(megan);
  const madeElsewhere = tapDesk.demo.tapOf(megan)?.id;
  tapDesk.demo.resetRequests();

  const [refused] = await mintVia(tapDesk, false);
  expect(refused?.error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/since you opened the card/u) });
  expect(mintPosts(tapDesk)).toHaveLength(0);
  expect(tapDesk.demo.tapOf(megan)?.id).toBe(madeElsewhere);

  const [replaced] = await mintVia(tapDesk, true);
  expect(replaced?.ok).toBe(true);
  expect(tapDesk.demo.tapOf(megan)?.id).not.toBe(madeElsewhere);
  tapDesk.harness.app.onLock();
  const journal = await readJournal(await auditFolderOf(tapDesk.page));
  expect(journal.lines.filter((l) => l.target?.upn === megan).map((l) => `${String(l.action)} ${String(l.result)}`)).toContain('replace success');
});
