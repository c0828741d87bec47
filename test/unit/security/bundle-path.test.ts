import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bundleContentType,
  bundleResponseHeaders,
  resolveBundlePath,
} from '../../../main/security/bundle-path';

const root = join(mkdtempSync(join(tmpdir(), 'tap-desk-bundle-')), 'renderer');

describe('resolveBundlePath', () => {
  it('maps the root and files of the bundle into the renderer folder', () => {
    expect(resolveBundlePath('app://bundle/', root)).toBe(join(root, 'index.html'));
    expect(resolveBundlePath('app://bundle/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveBundlePath('app://bundle/assets/index-Bx3_k9-Q.js?v=1#top', root)).toBe(
      join(root, 'assets', 'index-Bx3_k9-Q.js'),
    );
  });

  it('folds dot segments the way the URL parser does, staying inside the bundle', () => {
    const file = resolveBundlePath('app://bundle/assets/../index.html', root);
    expect(file).toBe(join(root, 'index.html'));
  });

  it.each([
    'app://bundle/..%2f..%2fetc%2fpasswd',
    'app://bundle/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://bundle/assets%2f..%2f..%2fsecret',
    'app://bundle/..%5c..%5cwindows%5cwin.ini',
    'app://bundle/..\\..\\windows\\win.ini',
    'app://bundle/assets\\..\\..\\x.js',
    'app://bundle/index.html%00.png',
    'app://bundle/index\u0000.html',
    'app://bundle/C:/Windows/win.ini',
    'app://bundle/C%3A%5CWindows%5Cwin.ini',
    'app://bundle//etc/passwd',
    'app://bundle/%2Fetc%2Fpasswd',
    'app://bundle/.env',
    'app://bundle/assets/.hidden',
    'app://bundle/%',
    'app://bundle/%E0%A4%A',
    'app://bundle/index.html::$DATA',
    'app://bundle.evil/index.html',
    'app://bundle@evil/index.html',
    'app://user:pw@bundle/index.html',
    'app://evil/index.html',
    'app://bundle:99/index.html',
    'file:///etc/passwd',
    'https://bundle/index.html',
    'not a url',
  ])('refuses %j', (url) => {
    expect(resolveBundlePath(url, root)).toBeNull();
  });

  it('never returns a path outside the root, whatever the request', () => {
    const attempts = ['..', '%2e%2e', '.%2e', '%2E.', '..%00', '....', '.../...', '%252e%252e'];
    for (const a of attempts) {
      for (const url of [`app://bundle/${a}/x`, `app://bundle/assets/${a}/${a}/x`, `app://bundle/${a}`]) {
        const file = resolveBundlePath(url, root);
        if (file !== null) expect(file.startsWith(root + sep), url).toBe(true);
      }
    }
  });
});

describe('bundleResponseHeaders', () => {
  it('puts the CSP on documents, nosniff on everything', () => {
    const html = bundleResponseHeaders(join(root, 'index.html'), "default-src 'none'");
    expect(html).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'",
      'x-content-type-options': 'nosniff',
    });
    const js = bundleResponseHeaders(join(root, 'a.js'), "default-src 'none'");
    expect(js?.['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js?.['x-content-type-options']).toBe('nosniff');
  });

  it('refuses file types the bundle never ships', () => {
    expect(bundleContentType('x.exe')).toBeNull();
    expect(bundleResponseHeaders(join(root, 'x.map'), 'x')).toBeNull();
  });
});
