import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCsp } from '../../../main/security/csp';

function parse(csp: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name === undefined || name === '') continue;
    expect(directives.has(name), `duplicate directive ${name}`).toBe(false);
    directives.set(name, sources);
  }
  return directives;
}

describe('buildCsp (production)', () => {
  const csp = buildCsp({ mode: 'production' });
  const directives = parse(csp);

  it('has no unsafe-inline, unsafe-eval, unsafe-hashes, wildcard or remote source', () => {
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|\*|https?:|wss?:/);
  });

  it('defaults to none', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('runs only our own scripts and lets the page reach no network', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
  });

  it('closes base, forms, framing and plugins', () => {
    for (const name of ['base-uri', 'form-action', 'frame-ancestors', 'object-src']) {
      expect(directives.get(name), name).toEqual(["'none'"]);
    }
  });

  it('allows styles from the bundle only (Fluent UI uses constructable sheets)', () => {
    expect(directives.get('style-src')).toEqual(["'self'"]);
  });

  it('allows images from the bundle and page-made blobs only: no data: or remote URLs (the QR code is inline SVG)', () => {
    expect(directives.get('img-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('font-src')).toEqual(["'self'"]);
  });
});

describe.each(['index.html', 'customer-display.html'])('renderer/%s', (page) => {
  it('carries the same policy in its meta tag (frame-ancestors only works as a header)', () => {
    const html = readFileSync(new URL(`../../../renderer/${page}`, import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta, 'CSP meta tag').not.toBeNull();
    const fromMeta = parse(meta?.[1] ?? '');
    const fromHeader = parse(buildCsp({ mode: 'production' }));
    fromHeader.delete('frame-ancestors');
    fromMeta.delete('frame-ancestors');
    expect(Object.fromEntries(fromMeta)).toEqual(Object.fromEntries(fromHeader));
  });
});

describe('buildCsp (development)', () => {
  const directives = parse(buildCsp({ mode: 'development', devServerUrl: 'http://localhost:5173/' }));

  it('adds only the dev server needs: inline preamble and styles, and its HMR socket', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect([...directives.values()].flat()).not.toContain("'unsafe-eval'");
  });

  it('refuses a dev server that is not on loopback', () => {
    expect(() => buildCsp({ mode: 'development', devServerUrl: 'http://evil.example:5173/' })).toThrow();
    expect(() => buildCsp({ mode: 'development', devServerUrl: 'file:///tmp/x' })).toThrow();
  });
});
