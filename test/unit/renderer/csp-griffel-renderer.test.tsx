import { describe, expect, it } from 'vitest';
import { createCspGriffelRenderer } from '../../../renderer/theme/csp-griffel-renderer';

/** A document that supports adopted style sheets (jsdom has CSSStyleSheet but not adoption). */
function adoptingDocument() {
  const doc = document.implementation.createHTMLDocument('t') as Document & {
    adoptedStyleSheets: CSSStyleSheet[];
  };
  doc.adoptedStyleSheets = [];
  return doc;
}

describe('createCspGriffelRenderer', () => {
  it('puts rules into adopted sheets in bucket order and creates no <style> element', () => {
    const doc = adoptingDocument();
    const renderer = createCspGriffelRenderer(doc);
    renderer.insertCSSRules({ h: ['.b:hover{color:red;}'] });
    renderer.insertCSSRules({ d: ['.a{color:blue;}'], r: ['.reset{margin:0;}'] });
    renderer.insertCSSRules({
      m: [['@media (min-width: 1px){.c{color:green;}}', { m: '(min-width: 1px)' }]],
    });
    const texts = doc.adoptedStyleSheets.map((s) =>
      Array.from(s.cssRules)
        .map((r) => r.cssText)
        .join(' '),
    );
    expect(texts).toHaveLength(4);
    expect(texts[0]).toContain('.reset');
    expect(texts[1]).toContain('.a');
    expect(texts[2]).toContain('.b:hover');
    expect(texts[3]).toContain('@media');
    expect(doc.querySelectorAll('style')).toHaveLength(0);
  });

  it('inserts each rule once', () => {
    const doc = adoptingDocument();
    const renderer = createCspGriffelRenderer(doc);
    renderer.insertCSSRules({ d: ['.a{color:blue;}'] });
    renderer.insertCSSRules({ d: ['.a{color:blue;}', '.z{color:red;}'] });
    expect(doc.adoptedStyleSheets[0]?.cssRules).toHaveLength(2);
  });

  it('keeps sheets adopted by others', () => {
    const doc = adoptingDocument();
    const foreign = new CSSStyleSheet();
    doc.adoptedStyleSheets = [foreign];
    createCspGriffelRenderer(doc).insertCSSRules({ d: ['.a{color:blue;}'] });
    expect(doc.adoptedStyleSheets[0]).toBe(foreign);
    expect(doc.adoptedStyleSheets).toHaveLength(2);
  });
});
