/**
 * Style sheets that a strict CSP (`style-src 'self'`, no 'unsafe-inline') allows.
 *
 * Griffel and FluentProvider normally create empty `<style>` elements and fill them through
 * CSSOM `insertRule`. The rules themselves are fine under CSP, but Chromium checks every inline
 * `<style>` element against `style-src` when it is connected, even an empty one: the element gets
 * no `sheet`, a violation is reported, and nothing is styled. Constructable style sheets
 * (`new CSSStyleSheet()` + `document.adoptedStyleSheets`) are not inline content, so CSP does not
 * apply to them. Where they are missing (jsdom in unit tests) we fall back to a `<style>` element.
 */

/** One ordered sheet we can append rules to. */
export interface RuleSheet {
  insertRule(rule: string): void;
  replaceRules(rules: readonly string[]): void;
}

/** Sort key of a sheet: bucket order, then its condition (media or container), then priority. */
export type SheetRank = readonly [number, string, number];

type AdoptingDocument = Document & { adoptedStyleSheets?: CSSStyleSheet[] };

/** Creates sheets on `doc` and keeps `adoptedStyleSheets` in the order `rank` gives. */
export function createSheetHost(doc: Document) {
  const adopting = doc as AdoptingDocument;
  const canAdopt =
    Array.isArray(adopting.adoptedStyleSheets) && typeof CSSStyleSheet === 'function';
  const ranked: { rank: SheetRank; sheet: CSSStyleSheet }[] = [];

  function adopt(rank: SheetRank, sheet: CSSStyleSheet): void {
    ranked.push({ rank, sheet });
    ranked.sort((a, b) => compareRanks(a.rank, b.rank));
    const ours = new Set(ranked.map((r) => r.sheet));
    const foreign = (adopting.adoptedStyleSheets ?? []).filter((s) => !ours.has(s));
    adopting.adoptedStyleSheets = [...foreign, ...ranked.map((r) => r.sheet)];
  }

  function fallbackSheet(): CSSStyleSheet {
    const element = doc.createElement('style');
    doc.head.append(element);
    if (!element.sheet) throw new Error('No style sheet available');
    return element.sheet;
  }

  return {
    /** A new, empty sheet ranked among the others. */
    create(rank: SheetRank): RuleSheet {
      let sheet: CSSStyleSheet;
      if (canAdopt) {
        sheet = new CSSStyleSheet();
        adopt(rank, sheet);
      } else {
        sheet = fallbackSheet();
      }
      return {
        insertRule(rule) {
          try {
            sheet.insertRule(rule, sheet.cssRules.length);
          } catch {
            // A vendor-prefixed rule this engine rejects; Griffel tolerates the same.
          }
        },
        replaceRules(rules) {
          while (sheet.cssRules.length > 0) sheet.deleteRule(0);
          for (const rule of rules) sheet.insertRule(rule, sheet.cssRules.length);
        },
      };
    },
  };
}

function compareRanks(a: SheetRank, b: SheetRank): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return a[2] - b[2];
}
