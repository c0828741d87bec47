/**
 * The whole desk in the real shell (issue 14): demo sign-in, search, mint, the handoff with
 * capture protection, the clipboard's concealment markers read back from the real clipboard and
 * taken back, the CSP of `app://`, and a quit that wipes the pass and journals why. Runs only
 * where an Electron binary exists; elsewhere it is skipped with the one line from ./support.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { concealedFormats, rawFormat } from '../../main/handoff/concealed-formats';
import type { AuditEntryView, Reply } from '../../preload/contract';
import { createPass, verifyPerson } from '../e2e/support/handoff-helpers';
import { launchDesk, scratchUserData, skipReason, type Desk } from './support';


type BridgeWindow = { tapDesk: { invoke(command: string, args: unknown): Promise<unknown> } };

async function signInToDemo({ page }: Desk): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to TAP Desk' })).toBeVisible();
  await page.getByRole('button', { name: 'Explore the demo tenant' }).click();
  await page.getByRole('button', { name: 'Sign in with your work account' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

async function openAdele({ page }: Desk): Promise<void> {
  await page.getByRole('combobox', { name: 'Find a user' }).fill('adele');
  await page.getByRole('option', { name: /Adele Vance/ }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Adele Vance' })).toBeVisible();
}

/** Every file under `folder`, as text (the token cache and Chromium's own stores included). */
async function everyFileIn(folder: string): Promise<{ path: string; text: string }[]> {
  const names = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = names.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (path) => ({ path, text: (await readFile(path)).toString('latin1') })));
}

test.describe('The desk in Electron', () => {
  test.skip(skipReason !== '', skipReason);

  test('demo sign-in → mint → protected handoff → concealed copy taken back → quit wipes and journals', async () => {
    const userData = await scratchUserData();
    try {
      const desk = await launchDesk(userData.path);
      const { app, page } = desk;
      await signInToDemo(desk);
      await openAdele(desk);
      await verifyPerson(page);
      const pass = await createPass(page);

      const protectedNow = await app.evaluate(({ BrowserWindow }) =>
        process.platform === 'linux' ? null : BrowserWindow.getAllWindows()[0]!.isContentProtected(),
      );
      if (protectedNow === null) {
        // Linux has no capture protection; the handoff must say so rather than claim it.
        await expect(page.getByText(/cannot keep the pass out of screenshots/)).toBeVisible();
      } else {
        expect(protectedNow).toBe(true);
      }

      await page.getByRole('button', { name: 'Copy' }).click();
      const markers = concealedFormats(process.platform).map((f) => rawFormat(f.format));
      const copied = await app.evaluate(
        async ({ clipboard }, formats) => ({
          text: await clipboard.readText(),
          markers: await Promise.all(formats.map((format) => clipboard.has(format))),
        }),
        markers,
      );
      expect(copied.text.replace(/\s+/g, '')).toBe(pass);
      expect(copied.markers).toEqual(markers.map(() => true));

      await page.getByRole('button', { name: 'Hide now' }).click();
      await expect.poll(() => app.evaluate(({ clipboard }) => clipboard.readText())).toBe('');
      const protectedAfter = await app.evaluate(({ BrowserWindow }) =>
        process.platform === 'linux' ? false : BrowserWindow.getAllWindows()[0]!.isContentProtected(),
      );
      expect(protectedAfter).toBe(false);

      // A second pass, then quit while it is on screen.
      await openAdele(desk);
      await verifyPerson(page);
      const second = await createPass(page);
      await app.close();

      const again = await launchDesk(userData.path);
      const reply = (await again.page.evaluate(
        () => (window as unknown as BridgeWindow).tapDesk.invoke('audit.list', {}),
      )) as Reply<{ entries: AuditEntryView[] }>;
      expect(reply.ok).toBe(true);
      const ends = reply.ok ? reply.value.entries.filter((e) => e.action === 'handoff-end') : [];
      expect(ends.map((e) => e.detail ?? '').join('\n')).toMatch(/quit/);
      await again.app.close();

      // The pass values are nowhere on disk: journal, logs, token cache, Chromium's stores.
      for (const file of await everyFileIn(userData.path)) {
        expect(file.text.includes(pass), file.path).toBe(false);
        expect(file.text.includes(second), file.path).toBe(false);
      }
    } finally {
      await userData.remove();
    }
  });

  test('the bundle comes from app:// with a CSP that refuses eval and inline script', async () => {
    const userData = await scratchUserData();
    try {
      const { app, page } = await launchDesk(userData.path);
      expect(page.url()).toBe('app://bundle/index.html');
      const evalRan = await page.evaluate(() => {
        try {
          return (0, eval)('true') === true;
        } catch {
          return false;
        }
      });
      expect(evalRan).toBe(false);
      await app.close();
    } finally {
      await userData.remove();
    }
  });

  test('the token cache is encrypted where the OS can, and said to be memory-only where not', async () => {
    const userData = await scratchUserData();
    try {
      const { app, page } = await launchDesk(userData.path);
      const canEncrypt = await app.evaluate(({ safeStorage }) => safeStorage.isEncryptionAvailable());
      const info = (await page.evaluate(() => (window as unknown as BridgeWindow).tapDesk.invoke('app.info', {}))) as Reply<{
        tokenCache: string;
      }>;
      expect(info).toMatchObject({ ok: true, value: { tokenCache: canEncrypt ? 'encrypted' : 'memory-only' } });
      await app.close();
    } finally {
      await userData.remove();
    }
  });
});
