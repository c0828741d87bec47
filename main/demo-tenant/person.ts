/**
 * The demo can play the person at the desk: they sign in with the pass (a one-time pass becomes
 * `OneTimeUsed`; a multi-use one stays usable, as in Entra) and, after a delay on the tenant
 * clock, register a passwordless method, which then lists with its `createdDateTime`. Training and
 * tests can follow a pass from hand-over to registration without a real phone or key.
 */
import type { Clock } from '../kernel/ports';
import type { DirectoryUser, RegisteredMethod } from './directory/types';

export const playableMethods = ['microsoftAuthenticator', 'fido2', 'windowsHelloForBusiness'] as const;
export type PlayableMethod = (typeof playableMethods)[number];

const newMethod = (kind: PlayableMethod, at: number): RegisteredMethod => {
  switch (kind) {
    case 'fido2':
      return { type: 'fido2', displayName: 'YubiKey 5 NFC', model: 'YubiKey 5 NFC', aaGuid: 'cb69481e-8ff7-4039-93ec-0a2729a154a8', registeredAt: at };
    case 'windowsHelloForBusiness':
      return { type: 'windowsHelloForBusiness', displayName: 'DESK-LAPTOP-042', keyStrength: 'normal', registeredAt: at };
    default:
      return { type: 'microsoftAuthenticator', displayName: 'iPhone 15', deviceTag: 'SoftwareTokenActivated', phoneAppVersion: '6.8.16', registeredAt: at };
  }
};

export interface PlayOptions {
  readonly register?: PlayableMethod | null;
  /** Delay between using the pass and the registration showing up, on the tenant clock. */
  readonly afterMs?: number;
}

/** Uses the user's pass now and registers `register` after `afterMs`. Throws if there is no pass. */
export function playPerson(user: DirectoryUser, clock: Clock, options: PlayOptions = {}): void {
  const tap = user.tap;
  if (!tap) throw new Error(`${user.userPrincipalName} has no Temporary Access Pass to sign in with`);
  if (tap.isUsableOnce) tap.used = true;
  const register = options.register === undefined ? 'microsoftAuthenticator' : options.register;
  if (register === null) return;
  const add = () => {
    user.methods = [...user.methods, newMethod(register, clock.now())];
  };
  if ((options.afterMs ?? 0) <= 0) add();
  else clock.setTimeout(add, options.afterMs ?? 0);
}
