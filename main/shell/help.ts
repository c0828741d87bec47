import type { HelpService } from '../kernel/services';

/**
 * The only pages TAP Desk opens in the system browser, by topic. The app registration steps are
 * not here: the app shows its own copy of the admin guide's (docs/admin-guide.md).
 */
export const helpUrls = {
  roles:
    'https://learn.microsoft.com/entra/identity/authentication/howto-authentication-temporary-access-pass',
  'my-security-info': 'https://aka.ms/mysecurityinfo',
} as const;

export function helpService(openExternal: (url: string) => Promise<void>): HelpService {
  return {
    open: async ({ topic }) => {
      await openExternal(helpUrls[topic]);
      return null;
    },
  };
}
