/**
 * The end-to-end fixture: a fresh harness (real handlers, in-process demo tenant) per test, a
 * page on it, and a small driver named after what a technician does.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { createManualClock, type ManualClock } from '../../fakes/manual-clock';
import type { DemoTenant } from '../../../main/demo-tenant/index';
import { startHarness, type Harness } from '../../harness/server';

export interface HarnessSettings {
  /** Move time by hand (clipboard clearing, auto-hide); the real clock otherwise. */
  readonly manualClock: boolean;
  readonly encryptedSecrets: boolean;
  /** Start in demo mode; false shows the first-run screen of an unconfigured install. */
  readonly startInDemo: boolean;
  /** Forward the demo journal to the demo Logs Ingestion endpoint (the canary searches it). */
  readonly forwardDemo: boolean;
  /** Start under a machine policy that puts passes on the customer display (issue 19). */
  readonly customerDisplayPolicy: boolean;
}

export class TapDesk {
  constructor(
    readonly page: Page,
    readonly harness: Harness,
  ) {}

  get demo(): DemoTenant {
    const tenant = this.harness.app.demoTenant();
    if (!tenant) throw new Error('demo mode is not on');
    return tenant;
  }

  get clock(): ManualClock {
    return this.harness.clock as ManualClock;
  }

  /** Opens the app; in demo mode it lands on sign-in. */
  async open(): Promise<void> {
    await this.page.goto(this.harness.url);
  }

  /** Signs in as a seeded technician (the first one, a Privileged Authentication Administrator, by default). */
  async signIn(upn?: string): Promise<void> {
    if (upn) {
      await this.page.getByRole('combobox', { name: 'Sign in as' }).click();
      await this.page
        .getByRole('option', { name: new RegExp(upn.split('@')[0]!.replace('.', ' '), 'i') })
        .click();
    }
    await this.page.getByRole('button', { name: 'Sign in with your work account' }).click();
    await expect(this.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  }

  /**
   * Opens the customer display: a second page in the same browser (the preview's second display)
   * and waits until main counts it as attached.
   */
  async openCustomerDisplay(): Promise<Page> {
    const customer = await this.page.context().newPage();
    await customer.goto(this.harness.customerUrl);
    await expect.poll(() => this.harness.customerDisplayAttached()).toBe(true);
    return customer;
  }

  /** Types into the search box and picks the first result whose name matches. */
  async openUser(query: string, name: string | RegExp = query): Promise<void> {
    const search = this.page.getByRole('combobox', { name: 'Find a user' });
    await search.fill(query);
    await this.page.getByRole('option', { name }).first().click();
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible();
  }

  /** Ticks every identity check shown, picks the first verification method and enters a ticket. */
  async verifyIdentity(ticket = 'INC0012345'): Promise<void> {
    const checks = this.page.getByRole('group', { name: 'Identity checks' }).getByRole('checkbox');
    await expect(checks.first()).toBeVisible();
    for (const box of await checks.all()) await box.check();
    await this.page
      .getByRole('combobox', { name: 'Verification method' })
      .selectOption({ index: 1 });
    await this.page.getByRole('textbox', { name: 'Ticket reference' }).fill(ticket);
  }
}

export const test = base.extend<{ tapDesk: TapDesk } & HarnessSettings, object>({
  manualClock: [false, { option: true }],
  encryptedSecrets: [true, { option: true }],
  startInDemo: [true, { option: true }],
  forwardDemo: [false, { option: true }],
  customerDisplayPolicy: [false, { option: true }],
  tapDesk: async (
    { page, manualClock, encryptedSecrets, startInDemo, forwardDemo, customerDisplayPolicy },
    use,
  ) => {
    const harness = await startHarness({
      demo: startInDemo,
      forwardDemo,
      encryptedSecrets,
      customerDisplayPolicy,
      ...(manualClock ? { clock: createManualClock(Date.now()) } : {}),
    });
    try {
      await use(new TapDesk(page, harness));
    } finally {
      // Hide any pass while the page's event stream is still open: stop() ends the streams
      // before beforeQuit() emits 'handoff.hidden', and the harness then writes after end.
      harness.app.onLock();
      await harness.stop();
    }
  },
});

export { expect };
