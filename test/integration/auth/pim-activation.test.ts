/**
 * Issue 17: a technician sees and activates an eligible PIM role through the app's own
 * connection (real msal-node, the demo browser, the demo tenant on a manual clock): rules
 * enforced in main, the refusal Graph gives, the activation delay, approval, the claims
 * challenge met by signing in again, and early deactivation, each journalled.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PimProgress, PimRole, Session } from '../../../preload/contract';
import { demoHttp } from '../../../main/auth/demo-sign-in';
import { createManualClock, type ManualClock } from '../../fakes/manual-clock';
import { connect, type Connection } from '../../../main/wiring/connection';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import type { PimJournalEntry } from '../../../main/pim/pim-service';
import { createMemorySecretStore } from '../../fakes/memory-secret-store';
import { recordingHandoff } from '../graph/services-fixture';

let tenant: DemoTenant;
let clock: ManualClock;

beforeEach(async () => {
  clock = createManualClock();
  tenant = await startDemoTenant({ clock });
});
afterEach(async () => {
  await tenant.stop();
});

interface Desk extends Connection {
  readonly journal: PimJournalEntry[];
  readonly progress: PimProgress[];
  role(): PimRole | undefined;
}

async function deskAs(upn: string): Promise<Desk> {
  const journal: PimJournalEntry[] = [];
  const progress: PimProgress[] = [];
  let session: Session = { state: 'signed-out' };
  const connection = connect({
    endpoints: { authority: tenant.authority, clientId: tenant.clientId, graphRoot: tenant.graphBaseUrl, knownAuthorities: [tenant.knownAuthority] },
    http: demoHttp(tenant),
    browser: tenant.browser({ upn }),
    clock,
    secretStore: createMemorySecretStore(),
    privilegedGroupIds: [],
    requiredChecklist: () => [],
    openHandoff: recordingHandoff(clock, new Map()),
    audit: { append: async () => undefined },
    onSessionChanged: (next) => {
      session = next;
    },
    pim: { emit: (p) => void progress.push(p), journal: async (e) => void journal.push(e) },
    // Following people after hand-over plays no part here.
    follow: { waitMinutes: () => 60, revokeOnRegistration: () => false, journalRegistered: async () => undefined, onChange: () => undefined },
  } as Parameters<typeof connect>[0]);
  await connection.auth.signIn({ flow: 'browser' });
  return {
    ...connection,
    journal,
    progress,
    role: () => {
      const pim = session.state === 'signed-in' ? session.technician.pim : undefined;
      return pim?.state === 'available' ? pim.roles[0] : undefined;
    },
  };
}

/** Lets the watcher's timers fire and its reads finish. */
async function pass(ms: number): Promise<void> {
  clock.advance(ms);
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 10));
}

describe('an eligible-only Authentication Administrator (justification and ticket required)', () => {
  it('sees the role it could activate, without the rules it may not read', async () => {
    const sam = await deskAs('sam.okafor@contoso.example');
    expect(sam.auth.technician()?.capability).toBe('none');
    expect(sam.role()).toMatchObject({ roleName: 'Authentication Administrator', scopeId: '/', state: 'eligible', rules: { source: 'unknown' } });
  });

  it('is refused by Entra without a ticket, learns the rule, then activates and can mint after the delay', async () => {
    const sam = await deskAs('sam.okafor@contoso.example');
    const key = sam.role()?.key ?? '';
    await expect(sam.pim.activate({ roleKey: key, minutes: 240, justification: 'Morning shift' })).rejects.toMatchObject({
      code: 'bad-request',
      message: expect.stringContaining('a ticket number'),
    });
    expect(sam.role()?.rules).toMatchObject({ ticket: true, source: 'learned' });
    await expect(sam.pim.activate({ roleKey: key, minutes: 240, justification: 'Morning shift' })).rejects.toMatchObject({ message: 'This role needs a ticket number.' });

    const started = await sam.pim.activate({ roleKey: key, minutes: 240, justification: 'Morning shift', ticket: 'INC0012345' });
    expect(started.state).toBe('activating');
    expect(sam.auth.technician()?.capability).toBe('none');
    await pass(15_000);
    expect(sam.progress.at(-1)).toMatchObject({ state: 'active' });
    expect(sam.auth.technician()?.capability).toBe('members');
    expect(sam.journal.map((e) => `${e.action}:${e.result}`)).toEqual(['role-activate:failure', 'role-activate:success']);
    expect(sam.journal[1]).toMatchObject({ role: 'Authentication Administrator (tenant-wide)', roleMinutes: 240, ticket: 'INC0012345' });

    const card = await sam.users.card({ user: 'adele.vance@contoso.example' });
    expect(card.preflight.blocks).toEqual([]);
  });

  it('refuses in main a duration over the maximum the policy names', async () => {
    const ravi = await deskAs('ravi.iyer@contoso.example');
    expect(ravi.role()?.rules).toMatchObject({ maxMinutes: 240, approval: true, source: 'policy' });
    await expect(ravi.pim.activate({ roleKey: ravi.role()?.key ?? '', minutes: 300, justification: 'x' })).rejects.toMatchObject({ code: 'bad-request' });
    expect(tenant.pim.requestsOf('ravi.iyer@contoso.example')).toEqual([]);
  });
});

describe('approval', () => {
  it('waits for the approver, then the role takes effect; a denial is said and journalled', async () => {
    const ravi = await deskAs('ravi.iyer@contoso.example');
    const key = ravi.role()?.key ?? '';
    expect((await ravi.pim.activate({ roleKey: key, minutes: 60, justification: 'Reset for an admin' })).state).toBe('pending-approval');
    expect(ravi.role()?.state).toBe('pending-approval');
    tenant.pim.decide('ravi.iyer@contoso.example', false);
    await pass(15_000);
    expect(ravi.progress.at(-1)).toMatchObject({ state: 'denied' });
    expect(ravi.journal.map((e) => `${e.action}:${e.result}`)).toEqual(['role-activate:success', 'role-approval:unknown', 'role-approval:failure']);

    await ravi.pim.activate({ roleKey: key, minutes: 60, justification: 'Again' });
    tenant.pim.decide('ravi.iyer@contoso.example', true);
    await pass(15_000);
    await pass(15_000);
    expect(ravi.progress.at(-1)).toMatchObject({ state: 'active' });
    expect(ravi.auth.technician()?.capability).toBe('everyone');
  });
});

describe('a stronger sign-in', () => {
  it('meets an authentication-context claims challenge by signing in again, once, and stays signed in', async () => {
    const elif = await deskAs('elif.demir@contoso.example');
    tenant.pim.setActivationDelay(0);
    const result = await elif.pim.activate({ roleKey: elif.role()?.key ?? '', minutes: 60, justification: 'Break glass drill' });
    expect(elif.progress.map((p) => p.state)).toEqual(['signing-in-again', 'active']);
    expect(result.state).toBe('active');
    expect(elif.auth.technician()?.capability).toBe('everyone');
  });

  it('meets the MFA rule the same way', async () => {
    tenant.pim.setRolePolicy('Authentication Administrator', { mfa: true });
    tenant.pim.setActivationDelay(0);
    const sam = await deskAs('sam.okafor@contoso.example');
    const result = await sam.pim.activate({ roleKey: sam.role()?.key ?? '', minutes: 60, justification: 'Shift', ticket: 'INC0000001' });
    expect(result.state).toBe('active');
    expect(sam.progress[0]?.state).toBe('signing-in-again');
  });
});

describe('deactivate early', () => {
  it('ends the role after five minutes and journals it', async () => {
    tenant.pim.setActivationDelay(0);
    const noah = await deskAs('noah.schmid@contoso.example');
    const key = noah.role()?.key ?? '';
    expect(noah.role()?.scopeName).toBe('administrative unit');
    await noah.pim.activate({ roleKey: key, minutes: 60, justification: 'Munich shift', ticket: 'INC0000002' });
    expect(noah.auth.technician()).toMatchObject({ capability: 'members', adminUnitScoped: true });
    await expect(noah.pim.deactivate({ roleKey: key })).rejects.toMatchObject({ code: 'conflict' });
    clock.advance(5 * 60_000);
    expect((await noah.pim.deactivate({ roleKey: key })).state).toBe('deactivated');
    expect(noah.auth.technician()?.capability).toBe('none');
    expect(noah.journal.map((e) => `${e.action}:${e.result}`)).toEqual(['role-activate:success', 'role-deactivate:failure', 'role-deactivate:success']);
  });
});
