/**
 * The two screens issue 12 is tried on (a small laptop and the usual desk monitor) and a
 * screenshot helper for the screens a test touches. Screenshots go to test-results/ (ignored by
 * git): a handoff screenshot shows a pass from the demo tenant and must never be committed.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export interface DeskSize {
  readonly name: string;
  readonly width: number;
  readonly height: number;
}

export const deskSizes: readonly DeskSize[] = [
  { name: 'small laptop 1024x640', width: 1024, height: 640 },
  { name: 'desk 1280x860', width: 1280, height: 860 },
];

export const schemes = ['light', 'dark'] as const;
export type Scheme = (typeof schemes)[number];

/** Saves a full-window screenshot as test-results/screens/<name>.png for a person to look at. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** The audit folder main writes to, as `audit.list` reports it. */
export async function auditFolderOf(page: Page): Promise<string> {
  const listed = await page.evaluate(() =>
    (
      window as unknown as { tapDesk: { invoke(c: string, a: object): Promise<unknown> } }
    ).tapDesk.invoke('audit.list', {}),
  );
  return (listed as { value: { folder: string } }).value.folder;
}

/**
 * axe-core's serious and critical violations on the page as it is now, one line each (rule and
 * selectors, never node HTML, which could hold a pass). Fluent's focus guards are excluded, as in
 * a11y-screens.spec.ts.
 */
export async function seriousViolations(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
