import { describe, expect, it } from 'vitest';
import { toMethodSummaries, kindOf } from '../../../main/users/auth-methods';
import { tagsOf, toUserSummary } from '../../../main/users/user-summary';

describe('toUserSummary', () => {
  it('tags guests, disabled, synced and (when known) admins', () => {
    expect(
      tagsOf(
        { id: '1', userType: 'Guest', accountEnabled: false, onPremisesSyncEnabled: true },
        true,
      ),
    ).toEqual(['Guest', 'Disabled', 'Synced', 'Admin']);
    expect(
      tagsOf({ id: '1', userType: 'Member', accountEnabled: true, onPremisesSyncEnabled: null }),
    ).toEqual([]);
  });

  it('keeps only present optional fields', () => {
    expect(
      toUserSummary({
        id: '1',
        displayName: 'A',
        userPrincipalName: 'a@x',
        mail: null,
        department: '',
      }),
    ).toEqual({ id: '1', displayName: 'A', userPrincipalName: 'a@x', tags: [] });
  });
});

describe('toMethodSummaries', () => {
  it('names methods for a technician and shows unknown types generically', () => {
    const methods = toMethodSummaries([
      { '@odata.type': '#microsoft.graph.fido2AuthenticationMethod', model: 'YubiKey 5 NFC' },
      {
        '@odata.type': '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod',
        displayName: 'Pixel 8',
      },
      {
        '@odata.type': '#microsoft.graph.phoneAuthenticationMethod',
        phoneType: 'mobile',
        phoneNumber: '+1 555 0100',
      },
      { '@odata.type': '#microsoft.graph.windowsHelloForBusinessAuthenticationMethod' },
      { '@odata.type': '#microsoft.graph.passwordAuthenticationMethod' },
      { '@odata.type': '#microsoft.graph.futureThingAuthenticationMethod' },
      { '@odata.type': '#microsoft.graph.notAMethod' },
    ]);
    expect(methods).toEqual([
      { kind: 'fido2', label: 'FIDO2 security key', detail: 'YubiKey 5 NFC' },
      { kind: 'microsoftAuthenticator', label: 'Microsoft Authenticator', detail: 'Pixel 8' },
      { kind: 'phone', label: 'Phone (SMS/voice)', detail: 'mobile +1 555 0100' },
      { kind: 'windowsHelloForBusiness', label: 'Windows Hello for Business' },
      { kind: 'password', label: 'Password' },
      { kind: 'futureThing', label: 'Other method (futureThing)' },
    ]);
    expect(kindOf('#microsoft.graph.softwareOathAuthenticationMethod')).toBe('softwareOath');
  });
});
