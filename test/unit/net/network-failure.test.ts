import { describe, expect, it } from 'vitest';
import { classifyNetworkError } from '../../../main/net/network-failure';
import { AppFailure } from '../../../main/kernel/result';

// Electron's net.fetch cannot run here (no binary); its failures are Errors whose message carries
// Chromium's net error name. These cases pin the mapping the Electron adapter relies on.
describe('classifyNetworkError with Electron net errors', () => {
  const url = 'https://login.microsoftonline.com/contoso/oauth2/v2.0/token';

  it.each([
    ['net::ERR_CERT_AUTHORITY_INVALID', 'tls', /not trust/],
    ['net::ERR_NAME_NOT_RESOLVED', 'offline', /DNS/],
    ['net::ERR_PROXY_CONNECTION_FAILED', 'offline', /proxy server could not be reached/],
    ['net::ERR_TUNNEL_CONNECTION_FAILED', 'offline', /proxy refused/],
    ['net::ERR_MANDATORY_PROXY_CONFIGURATION_FAILED', 'offline', /PAC/],
    ['net::ERR_INTERNET_DISCONNECTED', 'offline', /not connected/],
    ['net::ERR_TIMED_OUT', 'timeout', /timed out/],
  ] as const)('%s → %s', (message, code, why) => {
    const failure = classifyNetworkError(new Error(message), url);
    expect(failure.code).toBe(code);
    expect(failure.message).toContain('login.microsoftonline.com');
    expect(failure.message).not.toContain('/token');
    expect(failure.message).toMatch(why);
  });

  it('keeps an AppFailure that is already classified', () => {
    const original = new AppFailure('tls', 'already said');
    expect(classifyNetworkError(original, url)).toBe(original);
  });

  it('still names the host for an error it does not recognise', () => {
    const failure = classifyNetworkError(new Error('something odd'), url);
    expect(failure.code).toBe('offline');
    expect(failure.message).toContain('login.microsoftonline.com');
  });
});
