/**
 * The demo tenant is killed mid-flow, then restarted. The demo tenant runs inside the app's own
 * process (config.useDemo starts it in-process), so outside a test it can only stop with the app.
 * "Restart" here therefore means what a technician would do: quit TAP Desk and start it again on
 * the same PC (same user folder, same token store), enter demo mode, which starts a fresh tenant
 * (new port, new CA, new signing key), sign in, and carry on. (Calling config.useDemo again in
 * the same process does not help: the app keeps the stopped instance, so sign-in stays offline.)
 */
import { expect } from 'vitest';
import type { MintOutcome, Session, UserCard } from '../../../preload/contract';
import {
  arrived,
  card,
  errorOf,
  handOver,
  mint,
  routes,
  search,
  signIn,
  tapPostsFor,
  TECHNICIAN,
  upn,
  valueOf,
  type Scenario,
} from './scenario-kit';

const LYNNE = upn('lynne.robbins');

export const restartScenarios: Scenario[] = [
  {
    name: 'demo tenant killed mid-flow: offline naming the host; after a restart it works',
    async run(world) {
      const before = world.desk;
      const tenant = before.tenant();
      const host = tenant.knownAuthority;
      // Hold a search open, then kill the tenant under it.
      tenant.faults.hang(routes.search);
      const from = tenant.requests.length;
      const searching = before.start('users.search', { query: 'lynne' });
      await arrived(before, /^\/v1\.0\/users$/, from);
      await tenant.stop();
      const cut = errorOf(await searching);
      expect(cut.code).toBe('offline');
      expect(cut.message).toContain(host);
      // Nothing is listening any more: the next step fails the same way, without waiting.
      const refused = errorOf(await card(before, LYNNE));
      expect(refused.code).toBe('offline');
      expect(refused.message).toContain(host);

      const after = await world.restart();
      valueOf(await after.call('config.useDemo', {}));
      expect(after.tenant().knownAuthority).not.toBe(host);
      expect(valueOf<Session>(await signIn(after))).toMatchObject({
        state: 'signed-in',
        technician: { userPrincipalName: TECHNICIAN },
      });
      const found = valueOf<{ users: { userPrincipalName: string }[] }>(await search(after, 'lynne'));
      expect(found.users.map((u) => u.userPrincipalName)).toContain(LYNNE);
      expect(valueOf<UserCard>(await card(after, LYNNE)).user.userPrincipalName).toBe(LYNNE);
      const minted = await mint(after, LYNNE);
      expect(valueOf<MintOutcome>(minted).kind).toBe('minted');
      await handOver(after, minted);
      expect(tapPostsFor(after, LYNNE)).toBe(1);
    },
  },
];
