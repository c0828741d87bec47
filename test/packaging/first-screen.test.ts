/**
 * The first screen loads only what it shows (DESIGN.md §6): the signed-in frame, the audit
 * journal, settings and the first-run form are chunks of their own that index.html does not
 * load up front. `npm run bench` prints what the first screen costs in KB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstScreenAssets } from '../bench/first-screen';
import { ensureBuilt } from './project';

const renderer = join('out', 'renderer');

describe('the first screen', () => {
  beforeAll(async () => {
    await ensureBuilt();
  });

  it.each(['app-frame', 'audit-page', 'settings-page', 'first-run-form'])(
    'loads %s on demand, not up front',
    (screen) => {
      const chunks = readdirSync(join(renderer, 'assets')).filter((name) =>
        name.startsWith(`${screen}-`),
      );
      expect(chunks).toHaveLength(1);
      const upFront = firstScreenAssets(readFileSync(join(renderer, 'index.html'), 'utf8'));
      expect(upFront).not.toContain(`assets/${chunks[0]}`);
      expect(upFront.length).toBeGreaterThan(0);
    },
  );

  it('reads the entry and its preloads from index.html', () => {
    const html = [
      '<script type="module" crossorigin src="./assets/index-a.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/shared-b.js">',
      '<link rel="stylesheet" href="./assets/index-c.css">',
      '<link rel="icon" href="./favicon.svg" />',
    ].join('\n');
    expect(firstScreenAssets(html)).toEqual([
      'assets/index-a.js',
      'assets/shared-b.js',
      'assets/index-c.css',
    ]);
  });
});
