import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { rawGraph, tokensFor, upn } from './support';
import seed from '../../../main/demo-tenant/seed.json' with { type: 'json' };

let tenant: DemoTenant;
let token = '';
beforeAll(async () => {
  tenant = await startDemoTenant({ extraUsers: 100_000 });
  token = (await tokensFor(tenant, [upn.tom]))[upn.tom] ?? '';
});
afterAll(async () => {
  await tenant.stop();
});

describe('a 100,000-user directory', () => {
  it('counts every user and still finds the seeded ones first', async () => {
    const count = await rawGraph(tenant, token, 'GET', '/v1.0/users/$count', { headers: { ConsistencyLevel: 'eventual' } });
    expect(count.text).toBe(String(100_000 + seed.users.length));
    const adele = await rawGraph(tenant, token, 'GET', `/v1.0/users?$filter=${encodeURIComponent("startswith(displayName,'Adele V')")}`);
    expect((adele.json?.['value'] as unknown[]).length).toBe(1);
  });

  it('searches by name prefix with an exact count and pages through it', async () => {
    const headers = { ConsistencyLevel: 'eventual' };
    const first = await rawGraph(tenant, token, 'GET', `/v1.0/users?$search=${encodeURIComponent('"displayName:zoe"')}&$count=true&$top=999&$select=id,displayName`, { headers });
    const total = Number(first.json?.['@odata.count']);
    expect(total).toBeGreaterThan(999);
    let seen = (first.json?.['value'] as { displayName: string }[]).length;
    let next = first.json?.['@odata.nextLink'] as string | undefined;
    while (next) {
      const page = await rawGraph(tenant, token, 'GET', next.slice(tenant.origin.length), { headers });
      const value = page.json?.['value'] as { displayName: string }[];
      expect(value.every((u) => u.displayName.startsWith('Zoe '))).toBe(true);
      seen += value.length;
      next = page.json?.['@odata.nextLink'] as string | undefined;
    }
    expect(seen).toBe(total);
  });

  it('generates the same directory for the same size (deterministic)', async () => {
    const tenants = [await startDemoTenant({ extraUsers: 1000 }), await startDemoTenant({ extraUsers: 1000 })];
    try {
      const firstGenerated = await Promise.all(
        tenants.map(async (t) => {
          const tToken = (await tokensFor(t, [upn.tom]))[upn.tom] ?? '';
          const filter = encodeURIComponent("startswith(employeeId,'G1')");
          const page = await rawGraph(t, tToken, 'GET', `/v1.0/users?$filter=${filter}&$top=3&$select=id,userPrincipalName`);
          return page.json?.['value'];
        }),
      );
      expect((firstGenerated[0] as unknown[]).length).toBe(3);
      expect(firstGenerated[0]).toEqual(firstGenerated[1]);
    } finally {
      for (const t of tenants) await t.stop();
    }
  });
});
