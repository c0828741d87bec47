/**
 * What keeps the web test harness a demo-only test tool and not a side door into TAP Desk's
 * handlers: every call carries the per-run token (compared in constant time), and the harness
 * refuses the commands that would point it at a real tenant.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppMode, Reply } from '../../preload/contract';

/** Constant-time token check. Both sides are hashed first, so lengths never differ. */
export function sameToken(candidate: unknown, token: string): boolean {
  if (typeof candidate !== 'string') return false;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(candidate), digest(token));
}

const refused = (message: string): Reply<never> => ({
  ok: false,
  error: { code: 'forbidden', message, hint: 'The harness runs the demo tenant only.' },
});

/**
 * Why the harness refuses `command` now, or null to let it through. No tenant configuration at
 * all; no sign-in (device code included, which needs no browser) unless the app is on the demo
 * tenant, so a machine policy's tenant can never be reached through it.
 */
export function harnessRefusal(command: unknown, args: unknown, mode: AppMode): Reply<never> | null {
  if (command === 'config.setTenant') return refused('The test harness does not configure a tenant.');
  if (command === 'auth.signIn' && mode !== 'demo') {
    const flow = (args as { flow?: unknown } | null)?.flow;
    return refused(
      flow === 'device-code'
        ? 'The test harness does not sign in with a device code outside the demo tenant.'
        : 'The test harness signs in to the demo tenant only.',
    );
  }
  return null;
}
