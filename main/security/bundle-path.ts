import { extname, join, resolve, sep } from 'node:path';
import { appHost, appScheme } from './app-origin';

/**
 * One path segment as the build emits them (`index.html`, `assets/index-Bx3_k9.js`): letters,
 * digits, `.`, `_`, `-`, not starting with a dot. An allow-list, so `..`, `%2e%2e`, `\`, `:`
 * (drive letters, streams), NUL and hidden files are all out without enumerating tricks.
 */
const segmentPattern = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * Maps an `app://bundle/…` request to a file inside `rootDir` (the built renderer), or `null`.
 *
 * The URL parser already folds `..` and `%2e%2e` segments, so the checks here are on the
 * decoded segments that remain: encoded slashes and backslashes, NUL, drive letters and
 * anything outside the segment allow-list are refused. The final containment check is a
 * second, independent guard.
 */
export function resolveBundlePath(requestUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost) return null;
  if (url.username !== '' || url.password !== '') return null;

  const raw = url.pathname === '/' ? '/index.html' : url.pathname;
  const segments: string[] = [];
  for (const encoded of raw.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    if (!segmentPattern.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0) return null;

  const root = resolve(rootDir);
  const file = resolve(join(root, ...segments));
  return file.startsWith(root + sep) ? file : null;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/**
 * The Content-Type of a bundle file, or `null` for a type the bundle never ships (the protocol
 * handler then answers 404 rather than letting Chromium sniff).
 */
export function bundleContentType(file: string): string | null {
  return contentTypes[extname(file).toLowerCase()] ?? null;
}

/** Headers for every bundle response: the CSP on documents, no sniffing, no referrer. */
export function bundleResponseHeaders(file: string, csp: string): Record<string, string> | null {
  const type = bundleContentType(file);
  if (type === null) return null;
  return {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    ...(type.startsWith('text/html') ? { 'content-security-policy': csp } : {}),
  };
}
