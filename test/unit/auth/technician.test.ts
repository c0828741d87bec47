import type { AccountInfo } from '@azure/msal-node';
import { afterEach, describe, expect, it } from 'vitest';
import { capabilityFor, readDirectoryRoles, technicianFrom } from '../../../main/auth/technician';
import { createNodeHttp } from '../../../main/net/fetch-http';
import { closedPort, httpServer, type Running } from '../net/loopback-servers';

const running: Running[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

const AUTH_ADMIN = 'c4e39bd9-1100-46d3-8c65-fb160da0071f';
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
  ] as const)('%j → %s', (roles, expected) => {
    expect(capabilityFor(roles)).toBe(expected);
  });
});

describe('readDirectoryRoles', () => {
  it('reads every page of the technician\'s directory roles with the token', async () => {
    const seen: { url?: string; auth?: string }[] = [];
    const server = await httpServer((req, res) => {
      seen.push({ url: req.url, auth: req.headers.authorization });
      res.setHeader('content-type', 'application/json');
      const port = (req.socket.localPort ?? 0).toString();
      if (req.url?.includes('page2')) {
        res.end(JSON.stringify({ value: [{ displayName: 'Global Reader', roleTemplateId: GLOBAL_READER }] }));
      } else {
        res.end(
          JSON.stringify({
            value: [{ displayName: 'Authentication Administrator', roleTemplateId: AUTH_ADMIN }],
            '@odata.nextLink': `http://127.0.0.1:${port}/v1.0/page2`,
          }),
        );
      }
    });
    running.push(server);
    const roles = await readDirectoryRoles(createNodeHttp(), `http://127.0.0.1:${server.port}/v1.0`, 'tok-123');
    expect(roles?.map((r) => r.displayName)).toEqual(['Authentication Administrator', 'Global Reader']);
    expect(seen[0]?.url).toBe('/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole?$select=displayName,roleTemplateId');
    expect(seen.every((s) => s.auth === 'Bearer tok-123')).toBe(true);
  });

  it('returns undefined (unknown) when Graph answers 403', async () => {
    const server = await httpServer((_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end('{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}');
    });
    running.push(server);
    expect(await readDirectoryRoles(createNodeHttp(), `http://127.0.0.1:${server.port}`, 't')).toBeUndefined();
  });

  it('returns undefined when Graph cannot be reached', async () => {
    const port = await closedPort();
    expect(await readDirectoryRoles(createNodeHttp(), `http://127.0.0.1:${port}`, 't')).toBeUndefined();
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
    expect(technicianFrom(account, [{ displayName: 'Authentication Administrator', roleTemplateId: AUTH_ADMIN }])).toEqual({
      id: 'oid-claim',
      displayName: 'Ana Tech',
      userPrincipalName: 'ana.tech@contoso.example',
      tenantId: 'tid-claim',
      roles: ['Authentication Administrator'],
      capability: 'members',
    });
  });

  it('leaves roles out and says unknown when they could not be read', () => {
    const technician = technicianFrom(account, undefined);
    expect(technician.roles).toBeUndefined();
    expect(technician.capability).toBe('unknown');
  });
});
