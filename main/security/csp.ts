/**
 * Styles and Fluent UI.
 *
 * Fluent UI v9 styles through Griffel, whose stock DOM renderer (like FluentProvider's theme
 * tag) appends EMPTY `<style>` elements and fills them with `sheet.insertRule()`. CSP does not
 * govern CSSOM calls, but under `style-src 'self'` Chromium gives an inline `<style>` element no
 * sheet at all, so the stock renderer leaves the UI unstyled (checked in Debian's Chromium 156
 * with @griffel/core's own `createDOMRenderer`). The renderer therefore uses constructable style
 * sheets (`renderer/theme/constructed-sheets.ts`, `document.adoptedStyleSheets`), which are not
 * inline content, and production keeps a plain `style-src 'self'`: no `'unsafe-inline'`, no
 * hash, no nonce.
 *
 * Had that not been possible, the least-bad fallbacks were, in order: the hash of the empty
 * string (`'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='`, admits only empty `<style>`
 * elements; verified to work), or a per-load nonce handed to
 * `createDOMRenderer(document, { styleElementAttributes: { nonce } })`.
 */

export type CspOptions =
  | { readonly mode: 'production' }
  /** The Vite dev server (electron-vite `ELECTRON_RENDERER_URL`), loopback only. */
  | { readonly mode: 'development'; readonly devServerUrl: string };

type Directives = Record<string, readonly string[]>;

const production: Directives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  // The QR code is inline SVG and the icon a bundle file: no data: URLs. `blob:` only for the
  // user's photo on the card: bytes main read from Graph, shown from memory, never from a URL.
  'img-src': ["'self'", 'blob:'],
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
