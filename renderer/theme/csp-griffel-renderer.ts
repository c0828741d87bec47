/**
 * A Griffel renderer that inserts Fluent's atomic CSS into constructable style sheets, so the
 * production CSP needs no 'unsafe-inline' (see constructed-sheets.ts for why).
 * It keeps Griffel's bucket order (reset, default, link, … media, container) so later buckets
 * still win, exactly as with `createDOMRenderer`.
 */
import type { GriffelRenderer } from '@fluentui/react-components';
import { createSheetHost, type RuleSheet } from './constructed-sheets';

/** Griffel's bucket order; a sheet for a later bucket is adopted after earlier ones. */
const bucketOrder = ['r', 'd', 'l', 'v', 'w', 'f', 'i', 'h', 'a', 's', 'k', 't', 'm', 'c', 'x'];

type BucketEntry = string | readonly [string, Readonly<Record<string, unknown>>];

/** Creates the renderer for `RendererProvider`. */
export function createCspGriffelRenderer(doc: Document): GriffelRenderer {
  const host = createSheetHost(doc);
  const sheets = new Map<string, RuleSheet>();
  const insertionCache: GriffelRenderer['insertionCache'] = {};

  function sheetFor(bucket: string, meta: Readonly<Record<string, unknown>>): RuleSheet {
    const condition = String(meta['m'] ?? meta['x'] ?? '');
    const priority = typeof meta['p'] === 'number' ? meta['p'] : 0;
    const key = `${bucket}\u0000${condition}\u0000${String(priority)}`;
    let sheet = sheets.get(key);
    if (!sheet) {
      const order = bucketOrder.indexOf(bucket);
      sheet = host.create([order === -1 ? bucketOrder.length : order, condition, priority]);
      sheets.set(key, sheet);
    }
    return sheet;
  }

  return {
    id: 'tap-desk-csp',
    insertionCache,
    stylesheets: {},
    compareMediaQueries: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
    compareContainerQueries: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
    insertCSSRules(cssRules) {
      for (const [bucket, entries] of Object.entries(cssRules) as [
        string,
        BucketEntry[] | undefined,
      ][]) {
        for (const entry of entries ?? []) {
          const [rule, meta] = typeof entry === 'string' ? [entry, {}] : entry;
          if (insertionCache[rule]) continue;
          insertionCache[rule] = bucket as keyof typeof cssRules;
          sheetFor(bucket, meta).insertRule(rule);
        }
      }
    },
  };
}
