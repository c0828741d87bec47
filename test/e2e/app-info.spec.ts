import { expect, test } from './support/fixtures';

test('the renderer calls app.info over the bridge and shows the environment', async ({ tapDesk }) => {
  const { page } = tapDesk;
  await tapDesk.open();
  const info = await page.evaluate(() =>
    (window as unknown as { tapDesk: { invoke(c: string, a: object): Promise<unknown> } }).tapDesk.invoke('app.info', {}),
  );
  expect(info).toMatchObject({ ok: true, value: { name: 'TAP Desk', mode: 'demo' } });
  await expect(page.getByText('Demo tenant', { exact: true })).toBeVisible();
  await expect(page.getByText('TAP Desk', { exact: true })).toBeVisible();
});
