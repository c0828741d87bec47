import type { AccountInfo } from '@azure/msal-node';
import { afterEach, describe, expect, it } from 'vitest';
import { accessFor, capabilityFor, technicianFrom } from '../../../main/auth/technician';
import { readTechnicianRoles } from '../../../main/auth/technician-roles';
import { createNodeHttp } from '../../../main/net/fetch-http';
import { closedPort, httpServer, type Running } from '../net/loopback-servers';

const running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

const AUTH_ADMIN = 'c4e39bd9-1100-46d3-8c65-fb160da0071f';
/** No eligible or active PIM roles. */
const noPim = { parts: new Map(), policies: new Map() };
const PRIV_AUTH_ADMIN = '7be44c8a-adaf-4e2a-84d6-ab2649e08a13';
const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';
const GLOBAL_READER = 'f2ef992c-3afb-46b9-b7cf-a126ee74c451';

describe('capabilityFor', () => {
  it.each([
    [[{ roleTemplateId: PRIV_AUTH_ADMIN }], 'everyone'],
    [[{ roleTemplateId: GLOBAL_ADMIN }], 'everyone'],
    [[{ roleTemplateId: GLOBAL_READER }, { roleTemplateId: AUTH_ADMIN }], 'members'],
    [[{ roleTemplateId: GLOBAL_READER }], 'read-only'],
    [[{ displayName: 'Authentication Administrator', roleTemplateId: null }], 'members'],
    [[{ displayName: 'Helpdesk Administrator' }], 'none'],
    [[], 'none'],
    [undefined, 'unknown'],
    // Read without RoleManagement.Read.Directory: a role of unknown kind.
    [[{ roleTemplateId: null, displayName: null }], 'unknown'],
    [[{ roleTemplateId: null, displayName: null }, { roleTemplateId: PRIV_AUTH_ADMIN }], 'everyone'],
  ] as const)('%j → %s', (roles, expected) => {
    expect(capabilityFor(roles)).toBe(expected);
  });
});

describe('accessFor', () => {
  it.each([
    [[{ roleTemplateId: AUTH_ADMIN }], [], { capability: 'members', adminUnitScoped: false }],
    [[], [{ roleTemplateId: AUTH_ADMIN }], { capability: 'members', adminUnitScoped: true }],
    [[], [{ roleTemplateId: PRIV_AUTH_ADMIN }], { capability: 'members', adminUnitScoped: true }],
    // A tenant-wide read-only role plus a unit-scoped write role.
    [[{ roleTemplateId: GLOBAL_READER }], [{ roleTemplateId: AUTH_ADMIN, viaGroup: 'Munich desk' }], { capability: 'members', adminUnitScoped: true }],
    [[{ roleTemplateId: PRIV_AUTH_ADMIN }], [{ roleTemplateId: AUTH_ADMIN }], { capability: 'everyone', adminUnitScoped: false }],
    [[{ roleTemplateId: GLOBAL_READER }], [], { capability: 'read-only', adminUnitScoped: false }],
  ] as const)('%j + unit %j → %j', (tenantWide, unitScoped, expected) => {
    expect(accessFor({ tenantWide, unitScoped })).toEqual(expected);
  });
});

describe('readTechnicianRoles', () => {
  interface Sent { id: string; url: string; headers?: Record<string, string> }
  const batchServer = async (answer: (requests: Sent[]) => unknown, seen: { auth?: string; requests: Sent[] }[]) => {
    const server = await httpServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const requests = (JSON.parse(body) as { requests: Sent[] }).requests;
        seen.push({ ...(req.headers.authorization ? { auth: req.headers.authorization } : {}), requests });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(answer(requests)));
      });
    });
    running.push(server);
    return server;
  };

  it('reads roles, unit assignments and role-assignable groups as advanced queries, then the groups\' assignments', async () => {
    const seen: { auth?: string; requests: Sent[] }[] = [];
    const unit = (role: string) => ({ roleDefinitionId: role, directoryScopeId: '/administrativeUnits/au-1' });
    const server = await batchServer((requests) => ({
      responses: requests.map((r) => {
        if (r.id === 'roles') return { id: r.id, status: 200, body: { value: [{ displayName: 'Global Reader', roleTemplateId: GLOBAL_READER }] } };
        if (r.id === 'assignments') return { id: r.id, status: 200, body: { value: [{ roleDefinitionId: GLOBAL_READER, directoryScopeId: '/' }] } };
        if (r.id === 'roleGroups') return { id: r.id, status: 200, body: { value: [{ id: 'g-1', displayName: 'Munich desk' }] } };
        if (r.id.startsWith('pim')) return { id: r.id, status: 200, body: { value: [] } };
        return { id: r.id, status: 200, body: { value: [unit(AUTH_ADMIN)] } };
      }),
    }), seen);
    const roles = await readTechnicianRoles(createNodeHttp(), `http://127.0.0.1:${server.port}/v1.0`, 'tok-123', 'me-id');
    expect(roles).toMatchObject({ tenantWide: [{ displayName: 'Global Reader', roleTemplateId: GLOBAL_READER }], unitScoped: [{ roleTemplateId: AUTH_ADMIN, viaGroup: 'Munich desk' }] });
    expect(seen).toHaveLength(2);
    expect(seen.every((s) => s.auth === 'Bearer tok-123')).toBe(true);
    const casts = seen[0]?.requests.filter((r) => r.url.includes('/microsoft.graph.')) ?? [];
    expect(casts).toHaveLength(2);
    for (const cast of casts) {
      expect(cast.url).toContain('$count=true');
      expect(cast.headers).toEqual({ ConsistencyLevel: 'eventual' });
    }
    expect(decodeURIComponent(seen[1]?.requests[0]?.url ?? '')).toContain("principalId eq 'g-1'");
  });

  it('says unknown (undefined) when Graph refuses the role list, and keeps unit roles it could read', async () => {
    const seen: { requests: Sent[] }[] = [];
    const server = await batchServer((requests) => ({
      responses: requests.map((r) =>
        r.id === 'assignments'
          ? { id: r.id, status: 200, body: { value: [{ roleDefinitionId: PRIV_AUTH_ADMIN, directoryScopeId: '/administrativeUnits/x' }] } }
          : { id: r.id, status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } } },
      ),
    }), seen);
    const roles = await readTechnicianRoles(createNodeHttp(), `http://127.0.0.1:${server.port}`, 't', 'me');
    expect(roles).toMatchObject({ tenantWide: undefined, unitScoped: [{ roleTemplateId: PRIV_AUTH_ADMIN }] });
  });

  it('returns unknown when Graph cannot be reached', async () => {
    const port = await closedPort();
    expect(await readTechnicianRoles(createNodeHttp(), `http://127.0.0.1:${port}`, 't', 'me')).toMatchObject({ tenantWide: undefined, unitScoped: [] });
  });
});

describe('technicianFrom', () => {
  const account = {
    homeAccountId: 'oid.tid',
    environment: 'login.microsoftonline.com',
    tenantId: 'tid-from-account',
    username: 'ana.tech@contoso.example',
    localAccountId: 'oid-from-account',
    name: 'Ana Tech',
    idTokenClaims: { oid: 'oid-claim', tid: 'tid-claim', name: 'Ana Tech' },
  } satisfies AccountInfo;

  it('takes name, UPN, object id and tenant from the ID token, and names the roles read', () => {
    expect(technicianFrom(account, { tenantWide: [{ displayName: 'Authentication Administrator', roleTemplateId: AUTH_ADMIN }], unitScoped: [], pim: noPim })).toMatchObject({
      id: 'oid-claim',
      displayName: 'Ana Tech',
      userPrincipalName: 'ana.tech@contoso.example',
      tenantId: 'tid-claim',
      roles: ['Authentication Administrator'],
      capability: 'members',
      adminUnitScoped: false,
    });
  });

  it('names unit-scoped roles with their scope and the group that holds them', () => {
    const technician = technicianFrom(account, {
      tenantWide: [{ displayName: 'Global Reader', roleTemplateId: GLOBAL_READER }],
      unitScoped: [{ roleTemplateId: AUTH_ADMIN, viaGroup: 'Munich desk' }, { roleTemplateId: PRIV_AUTH_ADMIN }],
      pim: noPim,
    });
    expect(technician.roles).toEqual([
      'Global Reader',
      'Authentication Administrator (administrative unit, through Munich desk)',
      'Privileged Authentication Administrator (administrative unit)',
    ]);
    expect(technician).toMatchObject({ capability: 'members', adminUnitScoped: true });
  });

  it('leaves roles out and says unknown when they could not be read', () => {
    const technician = technicianFrom(account, { tenantWide: undefined, unitScoped: [], pim: noPim });
    expect(technician.roles).toBeUndefined();
    expect(technician.capability).toBe('unknown');
  });
});
