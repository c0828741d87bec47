import { describe, expect, it } from 'vitest';
import {
  externalLinkHosts,
  isAllowedExternalUrl,
  isAllowedSignInUrl,
} from '../../../main/security/external-links';
import { hostileUrls } from './hostile-urls';

describe('isAllowedExternalUrl', () => {
  it.each(externalLinkHosts)('allows https://%s/…', (host) => {
    expect(isAllowedExternalUrl(`https://${host}/some/page?x=1#y`)).toBe(true);
  });

  it('accepts upper-case host names, which the URL parser folds', () => {
    expect(isAllowedExternalUrl('https://LEARN.Microsoft.COM/en-us/entra/')).toBe(true);
  });

  it.each(hostileUrls)('refuses %j', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses the sign-in host: the page has no business opening it', () => {
    expect(isAllowedExternalUrl('https://login.microsoftonline.com/')).toBe(false);
  });
});

describe('isAllowedSignInUrl', () => {
  it.each([
    'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id=x',
    'https://login.microsoftonline.us/tenant/oauth2/v2.0/authorize',
    'https://login.chinacloudapi.cn/tenant/oauth2/v2.0/authorize',
    'https://login.partner.microsoftonline.cn/tenant/oauth2/v2.0/authorize',
    'https://127.0.0.1:49152/demo/authorize',
  ])('allows %s', (url) => {
    expect(isAllowedSignInUrl(url)).toBe(true);
  });

  it.each([
    'http://login.microsoftonline.com/',
    'https://login.microsoftonline.com.evil.example/',
    'https://login.microsoftonline.com@evil.example/',
    'https://login.microsoftonline.com:444/',
    'https://learn.microsoft.com/',
    'http://127.0.0.1:49152/',
    'javascript:alert(1)',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(isAllowedSignInUrl(url)).toBe(false);
  });
});
