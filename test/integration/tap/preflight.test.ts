import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { graphRequests } from '../graph/graph-fixture';
import { createDesk, evidence, type Desk } from '../graph/services-fixture';
import { signInAs, type SignedIn } from '../graph/sign-in';

const u = (name: string): string => `${name}@contoso.example`;

let tenant: DemoTenant;
let priya: SignedIn;
let tom: SignedIn;
let lena: SignedIn;

beforeAll(async () => {
  tenant = await startDemoTenant();
  priya = await signInAs(tenant, u('priya.natarajan'));
  tom = await signInAs(tenant, u('tom.becker'));
  lena = await signInAs(tenant, u('lena.fischer'));
});
afterAll(async () => tenant.stop());
beforeEach(() => tenant.faults.clear());

const codes = async (desk: Desk, user: string): Promise<string[]> =>
  (await desk.users.card({ user })).preflight.blocks.map((b) => b.code);

/** The mint is refused by main itself: no TAP request reaches Graph. */
async function refusedLocally(desk: Desk, user: string, code: string): Promise<void> {
  await desk.users.card({ user });
  tenant.resetRequests();
  await expect(
    desk.tap.mint({
      user,
      lifetimeInMinutes: 60,
      isUsableOnce: false,
      replace: true,
      verification: evidence('privileged'),
    }),
  ).rejects.toMatchObject({ code });
  expect(graphRequests(tenant)).toEqual([]);
}

describe('pre-flight on the user card', () => {
  it('passes a plain member with no blocks', async () => {
    expect(await codes(createDesk(tenant, priya), u('adele.vance'))).toEqual([]);
  });

  it('blocks when the TAP policy is disabled', async () => {
    tenant.setTapPolicy({ state: 'disabled' });
    try {
      const desk = createDesk(tenant, priya);
      expect(await codes(desk, u('adele.vance'))).toEqual(['policy-disabled']);
      await refusedLocally(desk, u('adele.vance'), 'policy-disabled');
    } finally {
      tenant.setTapPolicy({ state: 'enabled' });
    }
  });

  it('blocks a user outside the include group and one in the exclude group', async () => {
    const desk = createDesk(tenant, priya);
    expect(await codes(desk, u('pradeep.gupta'))).toEqual(['user-not-in-policy']);
    expect(await codes(desk, u('victor.hale'))).toEqual(['user-not-in-policy']);
    await refusedLocally(desk, u('victor.hale'), 'user-not-in-policy');
  });

  it('blocks a disabled account, an external guest, but not an internal guest', async () => {
    const desk = createDesk(tenant, priya);
    expect(await codes(desk, u('evan.marsh'))).toEqual(['account-disabled']);
    expect(await codes(desk, 'jamie.partner_fabrikam.example#EXT#@contoso.example')).toEqual([
      'guest-user',
    ]);
    expect(await codes(desk, u('pat.contractor'))).toEqual([]);
    await refusedLocally(desk, u('evan.marsh'), 'account-disabled');
  });

  it('blocks the technician themself', async () => {
    const desk = createDesk(tenant, priya);
    expect(await codes(desk, u('priya.natarajan'))).toEqual(['self-issuance']);
    await refusedLocally(desk, u('priya.natarajan'), 'self-issuance');
  });

  it('sends an Authentication Administrator to a Privileged Authentication Administrator for admins', async () => {
    const desk = createDesk(tenant, tom);
    const card = await desk.users.card({ user: u('morgan.reyes') });
    expect(card.preflight.blocks.map((b) => b.code)).toEqual(['needs-privileged-role']);
    expect(card.preflight.tier).toBe('privileged');
    // A role-assignable group makes a user privileged too; Graph's refusal to show methods says so.
    expect(await codes(desk, u('dana.whitfield'))).toEqual(['needs-privileged-role']);
    await refusedLocally(desk, u('morgan.reyes'), 'needs-privileged-role');
    // The same targets are fine for a Privileged Authentication Administrator.
    expect(await codes(createDesk(tenant, priya), u('morgan.reyes'))).toEqual([]);
  });

  it('reads role-assignable group membership: privileged tier and admin flag, still one request', async () => {
    const desk = createDesk(tenant, priya);
    await desk.users.card({ user: u('adele.vance') });
    tenant.resetRequests();
    const dana = await desk.users.card({ user: u('dana.whitfield') });
    expect(tenant.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1.0/$batch']);
    expect(dana.preflight.blocks).toEqual([]);
    expect(dana.preflight.tier).toBe('privileged');
    expect(dana.user.isAdmin).toBe(true);
    const adele = await desk.users.card({ user: u('adele.vance') });
    expect(adele.preflight.tier).toBe('standard');
  });

  it('blocks an AU-scoped administrator outside their unit only', async () => {
    const desk = createDesk(tenant, lena);
    expect(await codes(desk, u('adele.vance'))).toEqual(['outside-admin-unit']);
    expect(await codes(desk, u('anna.schmidt'))).toEqual([]);
  });

  it('marks an existing usable TAP as replaced-on-mint', async () => {
    const card = await createDesk(tenant, priya).users.card({ user: u('nina.patel') });
    expect(card.tap?.state).toBe('EnabledByPolicy');
    expect(card.preflight.replaces).toBe(true);
    expect(card.preflight.blocks).toEqual([]);
  });

  it('lets the server validate when the policy is unreadable', async () => {
    const card = await createDesk(tenant, tom).users.card({ user: u('adele.vance') });
    expect(card.preflight.policy).toBeNull();
    expect(card.preflight.facts.find((f) => f.id === 'policy')).toMatchObject({ state: 'not-checked', detail: expect.stringMatching(/Microsoft Graph checks it/u) });
  });

  it('checks more than 20 policy groups in several checkMemberGroups parts of the one batch; an unchecked group blocks as "could not check"', async () => {
    const extra = Array.from({ length: 24 }, (_x, i) => ({ targetType: 'group' as const, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    const original = tenant.tapPolicy.includeTargets;
    tenant.setTapPolicy({ includeTargets: [...extra, ...original] });
    try {
      const desk = createDesk(tenant, priya);
      await desk.users.warmUp();
      tenant.resetRequests();
      const card = await desk.users.card({ user: u('adele.vance') });
      expect(graphRequests(tenant)).toHaveLength(1);
      expect(card.preflight.blocks).toEqual([]);
      tenant.faults.unavailable({ path: /checkMemberGroups$/u }, { retryAfter: '0', times: 10 });
      const unchecked = await desk.users.card({ user: u('adele.vance') });
      expect(unchecked.preflight.blocks.map((b) => b.code)).toEqual(['not-checked']);
      expect(unchecked.preflight.facts.find((f) => f.id === 'policy')?.state).toBe('not-checked');
    } finally {
      tenant.setTapPolicy({ includeTargets: [...original] });
    }
  });
});
