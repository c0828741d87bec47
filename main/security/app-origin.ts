/**
 * Where the renderer lives. The production bundle is served from a privileged custom scheme
 * (`app://bundle/…`) rather than `file://`, so the page has a real origin to check senders and
 * navigations against, and the file-protocol fuse can stay off.
 */
export const appScheme = 'app';
export const appHost = 'bundle';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;
/** The customer display's own page (its own entry: it loads no desk code). */
export const customerDisplayPath = '/customer-display.html';

/**
 * The origin of `url` as `scheme://host[:port]`, or `null` for anything unparsable, opaque or
 * carrying credentials.
 *
 * WHY not `new URL(url).origin`: the URL standard gives non-special schemes such as `app:` the
 * opaque origin `"null"`, while Chromium treats a registered standard scheme as a tuple origin.
 * Comparing `protocol//host` matches what Chromium sees.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}
