/**
 * The benchmark end to end, where the technician sees it: Chromium on the preview (the web
 * harness, the same handlers as the app) against the in-process demo tenant with injected
 * latency on every request. Three steps, timed inside the page from the input event to the frame
 * that shows the answer:
 *   - the last keystroke in "Find a user" → the matching result painted (the search waits its
 *     200 ms debounce first, a deliberate pause, so that is reported both with and without it);
 *   - a name typed and Enter pressed at once → that user's card painted (Enter ends the pause;
 *     the search and the card are two round trips, one after the other);
 *   - the "Create pass" click → the pass painted (the check before the mint, then the mint).
 * Each is given as a ratio to the injected latency, beside the Graph requests it cost, to set
 * against the handler-level figures.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import type { DemoTenant } from '../../main/demo-tenant/index';
import { startHarness } from '../harness/server';
import { chromiumArgs, chromiumExecutable } from '../support/browser';
import { medianOf } from './measure';
import { paintTimerSource, readPaintTimer } from './paint-timer';

/** renderer/features/find-user/use-user-search.ts waits this long after the last keystroke. */
const searchDebounceMs = 200;

export interface InBrowserStep {
  readonly step: string;
  /** A word or two for one-line summaries. */
  readonly short: string;
  readonly runs: number;
  readonly graphRequestsPerRun: number;
  readonly medianMs: number;
  readonly ratioToLatency: number;
  /** The ratio once a deliberate UI pause (the search debounce) is taken off; else the same. */
  readonly ratioWithoutPause: number;
}

interface SeedUser {
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly accountEnabled: boolean;
  readonly userType: string;
  readonly groups?: readonly string[];
  readonly roles?: readonly unknown[];
}

interface SeedGroup {
  readonly displayName: string;
  readonly isAssignableToRole?: boolean;
  readonly owners?: readonly string[];
}

/**
 * Seeded members the TAP policy targets who are not privileged (no admin role, no role-assignable
 * group): a pass can be created for each with the standard checks alone.
 */
function mintableUsers(): SeedUser[] {
  const seed = JSON.parse(readFileSync('main/demo-tenant/seed.json', 'utf8')) as {
    users: SeedUser[];
    groups: SeedGroup[];
  };
  const privilegedGroups = seed.groups.filter((g) => g.isAssignableToRole);
  const privileged = (u: SeedUser) =>
    (u.roles ?? []).length > 0 ||
    privilegedGroups.some(
      (g) =>
        (u.groups ?? []).includes(g.displayName) || (g.owners ?? []).includes(u.userPrincipalName),
    );
  return seed.users.filter(
    (u) =>
      u.accountEnabled &&
      u.userType === 'Member' &&
      (u.groups ?? []).includes('TAP users') &&
      !(u.groups ?? []).includes('TAP blocked') &&
      !privileged(u),
  );
}

/**
 * Arms a timer in the page: the next `event` on the page starts it, and the first frame after
 * an element matching `selector` with `text` appears stops it. Resolves to the milliseconds.
 */
async function timeInPage(
  page: Page,
  event: 'input' | 'keydown' | 'click',
  selector: string,
  text: string,
  act: () => Promise<void>,
): Promise<number> {
  await page.evaluate(paintTimerSource(event, selector, text));
  await act();
  return readPaintTimer(page);
}

const graphRequests = (tenant: DemoTenant): number =>
  tenant.requests.filter((r) => r.path.startsWith('/v1.0') || r.path.startsWith('/beta')).length;

/** Waits until the tenant has had no request for `ms`, so one step's trailing reads are not counted in the next. */
async function quiet(tenant: DemoTenant, ms = 400): Promise<void> {
  let seen = -1;
  while (seen !== tenant.requests.length) {
    seen = tenant.requests.length;
    await new Promise((resolve) => setTimeout(resolve, ms));
  }
}

function step(
  [name, short]: readonly [string, string],
  times: number[],
  requests: number,
  latencyMs: number,
  pauseMs = 0,
): InBrowserStep {
  const median = medianOf(times);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    step: name,
    short,
    runs: times.length,
    graphRequestsPerRun: round(requests / times.length),
    medianMs: Math.round(median * 10) / 10,
    ratioToLatency: round(median / latencyMs),
    ratioWithoutPause: round((median - pauseMs) / latencyMs),
  };
}

export async function measureInBrowser(
  runs: number,
  latencyMs: number,
  rendererDir = 'out/renderer',
): Promise<InBrowserStep[]> {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    args: chromiumArgs,
    ...(executablePath ? { executablePath } : {}),
  });
  const harness = await startHarness({ demo: true, rendererDir });
  try {
    const page = await browser.newPage();
    await page.goto(harness.url);
    await page.getByRole('button', { name: 'Sign in with your work account' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    const tenant = harness.app.demoTenant();
    if (!tenant) throw new Error('the preview is not in demo mode');
    const users = mintableUsers().filter((u) => tenant.tapOf(u.userPrincipalName) === null);
    if (users.length < runs)
      throw new Error(`only ${String(users.length)} seeded users can take a new pass`);
    tenant.faults.globalLatency(latencyMs);
    const search = page.getByRole('combobox', { name: 'Find a user' });

    const searchTimes: number[] = [];
    const enterTimes: number[] = [];
    const mintTimes: number[] = [];
    let searchRequests = 0;
    let enterRequests = 0;
    let mintRequests = 0;
    for (const user of users.slice(0, runs)) {
      await search.fill('');
      await page
        .getByRole('option')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      const query = user.displayName.toLowerCase();
      await quiet(tenant);
      let before = graphRequests(tenant);
      searchTimes.push(
        // The whole query as one input event (the last keystroke), so no earlier prefix is searched.
        await timeInPage(page, 'input', '[role="option"]', user.displayName, () =>
          search.fill(query),
        ),
      );
      searchRequests += graphRequests(tenant) - before;

      // The keyboard path: the name typed and Enter straight after, without waiting for the
      // results: Enter ends the search's pause and opens the first result once it is in.
      await search.fill('');
      await page.getByRole('option').first().waitFor({ state: 'detached' });
      await quiet(tenant);
      before = graphRequests(tenant);
      enterTimes.push(
        await timeInPage(page, 'keydown', 'h2', user.displayName, async () => {
          await search.fill(query);
          await search.press('Enter');
        }),
      );
      enterRequests += graphRequests(tenant) - before;
      await page.getByRole('heading', { level: 2, name: user.displayName }).waitFor();
      const checks = page.getByRole('group', { name: 'Identity checks' }).getByRole('checkbox');
      await checks.first().waitFor();
      for (const box of await checks.all()) await box.check();
      await page.getByRole('combobox', { name: 'Verification method' }).selectOption({ index: 1 });
      await page
        .getByRole('textbox', { name: 'Ticket reference' })
        .fill(`INC00${String(123450 + searchTimes.length)}`);
      const create = page.getByRole('button', { name: 'Create pass' });
      await page.waitForFunction(() => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent === 'Create pass',
        );
        return (
          button !== undefined &&
          button.getAttribute('aria-disabled') !== 'true' &&
          !button.disabled
        );
      });
      await quiet(tenant);
      before = graphRequests(tenant);
      mintTimes.push(
        await timeInPage(page, 'click', 'h1', 'Hand over the pass', () => create.click()),
      );
      mintRequests += graphRequests(tenant) - before;
      // Close the handoff the way a technician does, so the next run starts from the search.
      await page.getByRole('button', { name: 'Handed over' }).click();
      await page.getByRole('button', { name: 'Next user' }).click();
      // Hand-over starts following the person, which polls in the background (measured on its
      // own below); stopped here so each step counts only its own requests.
      const followed = page.getByRole('listitem', { name: `Following ${user.displayName}` });
      if (await followed.count()) await followed.getByRole('button', { name: 'Stop following' }).click();
    }
    return [
      step(
        ['last keystroke → results painted', 'search'],
        searchTimes,
        searchRequests,
        latencyMs,
        searchDebounceMs,
      ),
      step(['name typed, Enter → card painted', 'name+Enter→card'], enterTimes, enterRequests, latencyMs),
      step(['Create pass click → pass painted', 'mint'], mintTimes, mintRequests, latencyMs),
    ];
  } finally {
    harness.app.onLock();
    await harness.stop();
    await browser.close();
  }
}
