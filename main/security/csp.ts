import { createHash } from 'node:crypto';

/**
 * The hash of the empty string, as a CSP source.
 *
 * WHY: Fluent UI v9 styles through Griffel, which (like FluentProvider's theme tag) appends an
 * EMPTY `<style>` element and fills it with `sheet.insertRule()`. CSP does not govern CSSOM
 * calls, but it does decide whether an inline `<style>` element gets a sheet at all: under a bare
 * `style-src 'self'` Chromium gives it `sheet === null` and the UI renders unstyled. Allowing the
 * hash of the empty string lets only empty `<style>` elements through; a `<style>` with any
 * content (what an HTML injection would add) and every `style="…"` attribute stay blocked.
 * Verified in Chromium 156 (see docs/security notes in the report). Unlike a nonce it needs no
 * per-load plumbing into the renderer, and unlike `'unsafe-inline'` it admits no CSS text.
 */
export const emptyStyleElementHash = `'sha256-${createHash('sha256').update('').digest('base64')}'`;

export type CspOptions =
  | { readonly mode: 'production' }
  /** The Vite dev server (electron-vite `ELECTRON_RENDERER_URL`), loopback only. */
  | { readonly mode: 'development'; readonly devServerUrl: string };

type Directives = Record<string, readonly string[]>;

const production: Directives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", emptyStyleElementHash],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  // Graph and sign-in run in main: the page never talks to the network.
  'connect-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
};

const loopback = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Only what the Vite dev server needs: its inline React-refresh preamble (`script-src`), the
 * `<style>` elements it injects for CSS imports (`style-src`), and its HMR websocket.
 */
function development(devServerUrl: string): Directives {
  const url = new URL(devServerUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error('The dev server must be served over http(s).');
  }
  if (!loopback.has(url.hostname)) throw new Error('The dev server must listen on loopback.');
  const ws = `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
  return {
    ...production,
    'script-src': ["'self'", "'unsafe-inline'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'connect-src': ["'self'", ws],
  };
}

/** Builds the Content-Security-Policy header value for the renderer. */
export function buildCsp(options: CspOptions): string {
  const directives = options.mode === 'production' ? production : development(options.devServerUrl);
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
