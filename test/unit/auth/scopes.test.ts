import { describe, expect, it } from 'vitest';
import { knownAuthoritiesFor } from '../../../main/auth/public-client';
import { graphPermissions, graphScopes, graphV1Root } from '../../../main/auth/scopes';

describe('graphScopes', () => {
  it('uses short names for global Graph and for the demo tenant', () => {
    expect(graphScopes('https://graph.microsoft.com/v1.0')).toEqual([...graphPermissions]);
    expect(graphScopes('https://127.0.0.1:8443/v1.0')).toEqual([...graphPermissions]);
  });

  it.each(['https://graph.microsoft.us', 'https://dod-graph.microsoft.us', 'https://microsoftgraph.chinacloudapi.cn'])(
    'prefixes each permission with the national cloud resource %s',
    (root) => {
      const scopes = graphScopes(`${root}/v1.0`);
      expect(scopes).toContain(`${root}/User.Read`);
      expect(scopes).toContain(`${root}/UserAuthenticationMethod.ReadWrite.All`);
      expect(scopes.every((s) => s.startsWith(`${root}/`))).toBe(true);
    },
  );

  it('asks for no write permission beyond authentication methods', () => {
    expect(graphPermissions.filter((p) => p.includes('Write'))).toEqual(['UserAuthenticationMethod.ReadWrite.All']);
  });
});

describe('graphV1Root', () => {
  it.each([
    ['https://graph.microsoft.com', 'https://graph.microsoft.com/v1.0'],
    ['https://graph.microsoft.com/', 'https://graph.microsoft.com/v1.0'],
    ['https://127.0.0.1:9/v1.0', 'https://127.0.0.1:9/v1.0'],
    ['https://graph.microsoft.us/beta', 'https://graph.microsoft.us/v1.0'],
  ])('%s → %s', (input, expected) => {
    expect(graphV1Root(input)).toBe(expected);
  });
});

describe('knownAuthoritiesFor', () => {
  it('lists nothing for Microsoft authority hosts, whose metadata MSAL carries', () => {
    expect(knownAuthoritiesFor('https://login.microsoftonline.com/contoso')).toEqual([]);
    expect(knownAuthoritiesFor('https://login.microsoftonline.us/contoso')).toEqual([]);
    expect(knownAuthoritiesFor('https://login.chinacloudapi.cn/contoso')).toEqual([]);
  });

  it('lists another host with its port, as MSAL 7 compares host:port', () => {
    expect(knownAuthoritiesFor('https://127.0.0.1:41281/9f1c1d7e-0000-4000-8000-00000000aaaa')).toEqual(['127.0.0.1:41281']);
  });
});
