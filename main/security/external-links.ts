/**
 * Which URLs leave the app for the system browser. Parsed with `URL` and compared on exact,
 * lower-cased host names: never prefix or substring matches, which `https://aka.ms.evil` or
 * `https://aka.ms@evil` would pass.
 */

/** Help links the renderer may open: Microsoft documentation and the user's own security info. */
export const externalLinkHosts: readonly string[] = [
  'learn.microsoft.com',
  'aka.ms',
  'mysignins.microsoft.com',
  'entra.microsoft.com',
];

/**
 * Sign-in pages main may open for MSAL's interactive flow: the authority hosts of the
 * supported clouds (main/config/clouds.ts; US Gov and DoD share `.us`, China is operated by
 * 21Vianet under two host names).
 */
export const signInHosts: readonly string[] = [
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
];

/** Loopback hosts the demo tenant listens on (its sign-in page is served over loopback TLS). */
const loopbackHosts: readonly string[] = ['127.0.0.1', '[::1]', 'localhost'];

function parseHttps(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  // Credentials in a link are a phishing trick (`https://learn.microsoft.com@evil`); refuse them.
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed;
}

/** True when `url` is an https help link on the allow-list, on the default port. */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parseHttps(url);
  return parsed !== null && parsed.port === '' && externalLinkHosts.includes(parsed.hostname);
}

/**
 * True when `url` is an https sign-in page main may open in the system browser: a Microsoft
 * sign-in host on the default port, or the demo tenant on loopback (any port).
 */
export function isAllowedSignInUrl(url: string): boolean {
  const parsed = parseHttps(url);
  if (parsed === null) return false;
  if (loopbackHosts.includes(parsed.hostname)) return true;
  return parsed.port === '' && signInHosts.includes(parsed.hostname);
}
