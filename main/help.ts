import type { HelpService } from './services';

/** The only pages TAP Desk opens in the system browser, by topic. */
export const helpUrls = {
  'app-registration':
    'https://learn.microsoft.com/entra/identity-platform/quickstart-register-app',
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
