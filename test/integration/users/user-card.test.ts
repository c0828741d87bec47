import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { graphRequests } from '../graph/graph-fixture';
import { createDesk } from '../graph/services-fixture';
import { signInAs, type SignedIn } from '../graph/sign-in';

const upn = {
  priya: 'priya.natarajan@contoso.example',
  grace: 'grace.liu@contoso.example',
  adele: 'adele.vance@contoso.example',
  adam: 'adam.vance@contoso.example',
  morgan: 'morgan.reyes@contoso.example',
};

let tenant: DemoTenant;
let priya: SignedIn;
let grace: SignedIn;
let tom: SignedIn;

beforeAll(async () => {
  tenant = await startDemoTenant();
  priya = await signInAs(tenant, upn.priya);
  grace = await signInAs(tenant, upn.grace);
  tom = await signInAs(tenant, 'tom.becker@contoso.example');
});
afterAll(async () => tenant.stop());

describe('user card', () => {
  it('costs exactly one HTTP request once the policy is cached', async () => {
    const desk = createDesk(tenant, grace);
    await desk.users.warmUp();
    tenant.resetRequests();
    const card = await desk.users.card({ user: upn.adele });
    const sent = graphRequests(tenant);
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1.0/$batch']);
    expect(card.graphRequests).toBe(1);
    expect(card.user.userPrincipalName).toBe(upn.adele);
    expect(card.preflight.policy?.maximumLifetimeInMinutes).toBe(480);
  });

  it('brings what the identity check needs in the same request: photo, manager, office, exact role names', async () => {
    const desk = createDesk(tenant, priya);
    await desk.users.warmUp();
    tenant.resetRequests();
    const adam = await desk.users.card({ user: upn.adam });
    expect(graphRequests(tenant)).toHaveLength(1);
    expect(adam.user.manager).toEqual({ displayName: 'Adele Vance', jobTitle: 'Retail Manager' });
    expect(adam.user.officeLocation).toEqual(expect.any(String));
    expect(adam.user.adminRoles).toEqual([]);
    expect(adam.user.photo?.contentType).toBe('image/png');
    expect(Buffer.from(adam.user.photo?.base64 ?? '', 'base64').subarray(1, 4).toString('ascii')).toBe('PNG');
    const morgan = await desk.users.card({ user: upn.morgan });
    expect(morgan.user.adminRoles).toEqual(['Global Administrator']);
    // Nobody above her in the directory, and no photo uploaded for him: said, not guessed.
    expect((await desk.users.card({ user: upn.adele })).user.manager).toBe('none');
    const oliver = await desk.users.card({ user: 'oliver.grant@contoso.example' });
    expect(oliver.user.photo).toBeUndefined();
    expect(oliver.user.manager).toMatchObject({ displayName: 'Nestor Wilke' });
  });

  it('search results carry job title and employee id, so two people of one name and department differ', async () => {
    const desk = createDesk(tenant, priya);
    const { users } = await desk.users.search({ query: 'vance' });
    const vances = users.filter((u) => u.department === 'Retail');
    expect(vances).toHaveLength(2);
    expect(new Set(vances.map((u) => `${u.jobTitle ?? ''} ${u.employeeId ?? ''}`)).size).toBe(2);
  });

  it('shows methods by friendly name, tags and the admin flag', async () => {
    const desk = createDesk(tenant, priya);
    const admin = await desk.users.card({ user: upn.morgan });
    expect(admin.user.isAdmin).toBe(true);
    expect(admin.user.tags).toContain('Admin');
    const synced = await desk.users.card({ user: upn.adam });
    expect(synced.user.tags).toContain('Synced');
    expect(synced.user.isAdmin).toBe(false);
    const lead = await desk.users.card({ user: 'tom.becker@contoso.example' });
    expect(lead.methods?.map((m) => m.label)).toContain('Microsoft Authenticator');
  });

  it('says the policy was not checked for an Authentication Administrator, never a green tick', async () => {
    const desk = createDesk(tenant, tom);
    const card = await desk.users.card({ user: upn.adele });
    expect(card.preflight.policy).toBeNull();
    expect(card.preflight.facts.find((f) => f.id === 'policy')?.state).toBe('not-checked');
    expect(card.preflight.facts.some((f) => f.state === 'ok' && /policy/iu.test(f.label))).toBe(false);
    expect(card.preflight.blocks).toEqual([]);
  });
});
