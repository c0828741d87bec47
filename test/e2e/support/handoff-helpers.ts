/**
 * Steps of the verify → mint → hand over flow, named after what a technician does, plus the
 * probes the handoff tests need (every browser storage API, the audit journal on disk).
 * Role-based selectors only: these double as a check that the screens are labelled.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Harness } from '../../harness/server';

/** A ticket reference that matches the default pattern `^(INC|REQ|RITM)\d{6,}$`. */
export const goodTicket = 'INC0012345';

/** The default handoff settings of an unmanaged install (main/config/defaults.ts). */
export const defaultHandoff = { displaySeconds: 60, clipboardClearSeconds: 30 } as const;

/** The identity checklist of the selected user. */
export function identityChecks(page: Page): Locator {
  return page.getByRole('group', { name: 'Identity checks' }).getByRole('checkbox');
}

/** Ticks every identity check, picks a method and types the ticket reference. */
export async function verifyPerson(
  page: Page,
  options: { readonly ticket?: string; readonly method?: string } = {},
): Promise<void> {
  const checks = identityChecks(page);
  await expect(checks.first()).toBeVisible();
  for (const box of await checks.all()) await box.check();
  await page
    .getByRole('combobox', { name: 'Verification method' })
    .selectOption(options.method ?? 'In person with photo ID');
  await page.getByRole('textbox', { name: 'Ticket reference' }).fill(options.ticket ?? goodTicket);
}

/** The mint button ("Create pass", or "Replace pass" when the user already has one). */
export function mintButton(page: Page): Locator {
  return page.getByRole('button', { name: /^(Create|Replace) pass$/ });
}

/** The pass as the handoff screen shows it (a group labelled "Temporary Access Pass"). */
export function passRegion(page: Page): Locator {
  return page.getByRole('group', { name: 'Temporary Access Pass' });
}

/** Presses the mint button (confirming a replace) and waits for the handoff screen. */
export async function createPass(page: Page): Promise<string> {
  const button = mintButton(page);
  await expect(button).toBeEnabled();
  const replacing = (await button.textContent())?.includes('Replace') === true;
  await button.click();
  if (replacing) {
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace pass' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Hand over the pass' })).toBeVisible();
  return readPass(page);
}

/** The pass text on screen: the glyphs of the pass region, without the group spacing. */
export async function readPass(page: Page): Promise<string> {
  const text = await passRegion(page).innerText();
  return text.replace(/\s+/g, '');
}

/**
 * Asserts `haystack` does not contain `secret` without ever printing either: a failure message
 * must not carry a pass into test output (Playwright writes failures to test-results/).
 */
export function expectAbsent(haystack: string, secret: string, where: string): void {
  expect(haystack.includes(secret), `the pass must not be in ${where}`).toBe(false);
}

/** Asserts `haystack` contains `secret`, again without printing it. */
export function expectPresent(haystack: string, secret: string, where: string): void {
  expect(haystack.includes(secret), `the pass should be in ${where}`).toBe(true);
}

/**
 * What the DOM holds, in the forms a pass could hide in: the serialised HTML, the text with all
 * whitespace removed (the pass is drawn one span per character, so it is never contiguous in
 * the HTML), and every attribute value.
 */
export async function domText(page: Page): Promise<string> {
  const [html, parts] = await Promise.all([
    page.content(),
    page.evaluate(() => {
      const text = (document.documentElement.textContent ?? '').replace(/\s+/g, '');
      const attributes: string[] = [];
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const attribute of Array.from(element.attributes)) attributes.push(attribute.value);
      }
      const inputs = Array.from(document.querySelectorAll('input, textarea')).map(
        (el) => (el as HTMLInputElement).value,
      );
      return [text, ...attributes, ...inputs].join('\n');
    }),
  ]);
  return `${html}\n${parts}`;
}

/** The handoff screen is gone and says why. */
export async function expectHandoffGone(page: Page, title: string | RegExp): Promise<void> {
  await expect(passRegion(page)).toHaveCount(0);
  const finished = page.getByRole('region', { name: 'Handoff finished' });
  await expect(finished).toBeVisible();
  await expect(finished.getByText(title)).toBeVisible();
}

/**
 * Everything the page keeps in browser storage, serialised: localStorage, sessionStorage, every
 * IndexedDB database (all records of all stores), Cache Storage (every cached body), cookies,
 * window.name and history.state. The tests search this for a pass.
 */
export async function dumpBrowserStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: Record<string, unknown> = {};
    const dumpStorage = (storage: Storage) => {
      const entries: Record<string, string | null> = {};
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null) entries[key] = storage.getItem(key);
      }
      return entries;
    };
    out.localStorage = dumpStorage(window.localStorage);
    out.sessionStorage = dumpStorage(window.sessionStorage);
    out.cookies = document.cookie;
    out.windowName = window.name;
    out.historyState = JSON.stringify(window.history.state);
    const databases = await indexedDB.databases();
    const dbDump: Record<string, unknown> = {};
    for (const info of databases) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name ?? '');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('open failed'));
      });
      const stores: Record<string, unknown> = {};
      for (const storeName of Array.from(db.objectStoreNames)) {
        stores[storeName] = await new Promise<unknown>((resolve, reject) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        });
      }
      db.close();
      dbDump[info.name] = stores;
    }
    out.indexedDB = dbDump;
    out.indexedDBNames = databases.map((d) => d.name);
    const cacheDump: Record<string, string[]> = {};
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      const bodies: string[] = [];
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        bodies.push(`${request.url} ${response ? await response.text() : ''}`);
      }
      cacheDump[cacheName] = bodies;
    }
    out.cacheStorage = cacheDump;
    return JSON.stringify(out);
  });
}

/** One parsed line of the audit journal, loosely typed: tests read only a few fields. */
export type JournalLine = Record<string, unknown> & {
  readonly action?: string;
  readonly result?: string;
  readonly target?: { readonly upn?: string };
};

/** Every journal segment file in `auditFolder`, raw (for searching) and parsed (for asserting). */
export async function readJournal(
  auditFolder: string,
): Promise<{ readonly raw: string; readonly lines: readonly JournalLine[] }> {
  const names = (await readdir(auditFolder)).filter((n) => n.endsWith('.jsonl')).sort();
  let raw = '';
  for (const name of names) raw += await readFile(join(auditFolder, name), 'utf8');
  const lines = raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as JournalLine);
  return { raw, lines };
}

/**
 * Hides a handoff a test left on screen while the harness's event streams are still open.
 * Works around test/harness/server.ts stop(), which ends the streams before beforeQuit() emits
 * 'handoff.hidden' ("write after end").
 */
export function hideLeftoverHandoff(harness: Harness): void {
  harness.app.onLock();
}
