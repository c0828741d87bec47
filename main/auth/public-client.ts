/**
 * Builds msal-node's PublicClientApplication the one way TAP Desk uses it: our network client
 * (the Http port), our cache plugin (the SecretStore port), logging with PII off, and
 * `knownAuthorities` only for hosts MSAL does not already know (the demo tenant on loopback).
 */
import { LogLevel, PublicClientApplication, type ICachePlugin, type INetworkModule } from '@azure/msal-node';
import type { AuthLog, AuthLogLevel } from './auth-log';

export interface PublicClientConfig {
  /** `https://<authority host>/<tenant id>`. */
  readonly authority: string;
  readonly clientId: string;
  /** Overrides the derived list; normally left out. */
  readonly knownAuthorities?: readonly string[];
}

/** Entra authority hosts MSAL carries metadata for (B.5): never list them as known authorities. */
const microsoftAuthorityHosts = new Set([
  'login.microsoftonline.com',
  'login.microsoft.com',
  'login.windows.net',
  'sts.windows.net',
  'login.microsoftonline.us',
  'login.usgovcloudapi.net',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
]);

/**
 * `knownAuthorities` for an authority: empty for Microsoft hosts; otherwise its host **with
 * port**, which MSAL 7 compares against (without the port it fails with endpoints_resolution_error).
 */
export function knownAuthoritiesFor(authority: string): string[] {
  const url = new URL(authority);
  return microsoftAuthorityHosts.has(url.hostname.toLowerCase()) ? [] : [url.host];
}

const levels: Record<LogLevel, AuthLogLevel> = {
  [LogLevel.Error]: 'error',
  [LogLevel.Warning]: 'warning',
  [LogLevel.Info]: 'info',
  [LogLevel.Verbose]: 'verbose',
  [LogLevel.Trace]: 'verbose',
};

/** Creates the PublicClientApplication. */
export function createPublicClient(
  config: PublicClientConfig,
  networkClient: INetworkModule,
  cachePlugin: ICachePlugin,
  log: AuthLog,
): PublicClientApplication {
  return new PublicClientApplication({
    auth: {
      clientId: config.clientId,
      // MSAL lower-cases the authority; do it here so cache keys match across restarts.
      authority: config.authority.toLowerCase(),
      knownAuthorities: [...(config.knownAuthorities ?? knownAuthoritiesFor(config.authority))],
    },
    cache: { cachePlugin },
    system: {
      networkClient,
      loggerOptions: {
        logLevel: LogLevel.Warning,
        piiLoggingEnabled: false,
        loggerCallback: (level, message, containsPii) => {
          if (!containsPii) log(levels[level], message);
        },
      },
    },
  });
}
