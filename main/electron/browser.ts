import { shell } from 'electron';
import type { Browser } from '../kernel/ports';
import { isAllowedExternalUrl, isAllowedSignInUrl } from '../security/external-links';

/**
 * Opens MSAL's sign-in page in the system browser. Checked again here, so a bad authority in
 * configuration cannot turn the app into a launcher for arbitrary URLs or schemes.
 */
export const electronBrowser: Browser = {
  async open(url) {
    if (!isAllowedSignInUrl(url)) throw new Error('Refused to open a sign-in URL outside the allow-list.');
    await shell.openExternal(url);
  },
};

/** Opens an allow-listed help link in the system browser; anything else is refused. */
export async function openExternalLink(url: string): Promise<void> {
  if (!isAllowedExternalUrl(url)) throw new Error('Refused to open a link outside the allow-list.');
  await shell.openExternal(url);
}
