import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphError} from '@microsoft/microsoft-graph-client';
import { PageIterator, type Client } from '@microsoft/microsoft-graph-client';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { graphClient, rawGraph, tokensFor, upn } from './support';
import seed from '../../../main/demo-tenant/seed.json' with { type: 'json' };

let tenant: DemoTenant;
let client: Client;
let token: string;
beforeAll(async () => {
  tenant = await startDemoTenant();
  token = (await tokensFor(tenant, [upn.tom]))[upn.tom] ?? '';
  client = graphClient(tenant, () => token);
});
afterAll(async () => {
  await tenant.stop();
});

type Page = { value: Record<string, unknown>[]; '@odata.nextLink'?: string; '@odata.count'?: number; '@odata.context'?: string };
const caught = (p: Promise<unknown>): Promise<GraphError> => p.then(() => { throw new Error('expected a GraphError'); }, (e: unknown) => e as GraphError);

describe('GET /me and /users/{id|upn}', () => {
  it('returns the signed-in technician with the default properties', async () => {
    const me = (await client.api('/me').get()) as Record<string, unknown>;
    expect(me['userPrincipalName']).toBe(upn.tom);
    expect(Object.keys(me)).toEqual(expect.arrayContaining(['businessPhones', 'displayName', 'id', 'mail', 'jobTitle']));
    expect(me).not.toHaveProperty('department');
  });

  it('finds users by UPN case-insensitively, by id, and a percent-encoded #EXT# UPN', async () => {
    const byUpn = (await client.api(`/users/${encodeURIComponent('ADELE.Vance@Contoso.Example')}`).get()) as Record<string, string>;
    expect(byUpn['displayName']).toBe('Adele Vance');
    const byId = (await client.api(`/users/${byUpn['id']?.toUpperCase() ?? ''}`).get()) as Record<string, string>;
    expect(byId['userPrincipalName']).toBe(upn.adele);
    const guest = (await client.api(`/users/${encodeURIComponent(upn.jamie)}`).select('userType,userPrincipalName').get()) as Record<string, string>;
    expect(guest).toMatchObject({ userType: 'Guest', userPrincipalName: upn.jamie });
  });

  it('answers an unknown user with 404 Request_ResourceNotFound', async () => {
    const error = await caught(client.api('/users/nobody@contoso.example').get());
    expect(error.statusCode).toBe(404);
    expect(error.code).toBe('Request_ResourceNotFound');
    expect(error.message).toBe("Resource 'nobody@contoso.example' does not exist or one of its queried reference-property objects are not present.");
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/u);
  });

  it('applies $select and refuses unknown properties', async () => {
    const user = (await client.api(`/users/${upn.evan}`).select('accountEnabled,employeeId,onPremisesSyncEnabled').get()) as Record<string, unknown>;
    expect(user).toMatchObject({ accountEnabled: false, employeeId: 'E10022', onPremisesSyncEnabled: true });
    expect(user['@odata.context']).toContain('users(accountEnabled,employeeId,onPremisesSyncEnabled)/$entity');
    const error = await caught(client.api(`/users/${upn.evan}`).select('shoeSize').get());
    expect(error.statusCode).toBe(400);
    expect(error.message).toContain("'shoeSize'");
  });
});

describe('GET /users: $filter, $search, $top, $count, paging', () => {
  it('filters with startswith on displayName, userPrincipalName, mail and employeeId', async () => {
    const names = async (filter: string) => ((await client.api('/users').filter(encodeURIComponent(filter)).get()) as Page).value.map((u) => u['displayName']);
    expect(await names("startswith(displayName,'ad')")).toEqual(['Adele Vance', 'Adam Vance']);
    expect(await names("startswith(userPrincipalName,'nina.')")).toEqual(['Nina Patel']);
    expect(await names("startswith(mail,'jamie.partner@')")).toEqual(['Jamie Partner (Fabrikam)']);
    expect(await names("startswith(employeeId,'E2000')")).toHaveLength(4);
    expect(await names("employeeId eq 'E10001' or employeeId eq 'E10002'")).toEqual(['Adele Vance', 'Adam Vance']);
  });

  it("unescapes '' inside string literals", async () => {
    const page = (await client.api('/users').filter(encodeURIComponent("startswith(displayName,'Conor O''B')")).get()) as Page;
    expect(page.value.map((u) => u['userPrincipalName'])).toEqual([upn.conor]);
  });

  it('needs advanced query parameters for endsWith and refuses unsupported properties', async () => {
    const error = await caught(client.api('/users').filter(encodeURIComponent("endswith(mail,'@fabrikam.example')")).get());
    expect(error.code).toBe('Request_UnsupportedQuery');
    expect(error.message).toContain("Operator 'endsWith' is not supported");
    const advanced = (await client.api('/users').header('ConsistencyLevel', 'eventual').count(true).filter(encodeURIComponent("endswith(mail,'@fabrikam.example')")).get()) as Page;
    expect(advanced['@odata.count']).toBe(1);
    const bad = await caught(client.api('/users').filter(encodeURIComponent("startswith(city,'x')")).get());
    expect(bad.message).toBe("Unsupported or invalid query filter clause specified for property 'city' of resource 'User'.");
  });

  it('refuses $search without ConsistencyLevel: eventual with the real 400', async () => {
    const error = await caught(client.api('/users').search(encodeURIComponent('"displayName:vance"')).get());
    expect(error.statusCode).toBe(400);
    expect(error.code).toBe('Request_UnsupportedQuery');
    expect(error.message).toBe("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
  });

  it('searches tokenized displayName and startsWith on other properties, with $count', async () => {
    const search = async (q: string) =>
      (await client.api('/users').header('ConsistencyLevel', 'eventual').search(encodeURIComponent(q)).count(true).select('displayName').get()) as Page;
    const vance = await search('"displayName:vance"');
    expect(vance.value.map((u) => u['displayName'])).toEqual(['Adele Vance', 'Adam Vance']);
    expect(vance['@odata.count']).toBe(2);
    expect((await search('"displayName:ad va"')).value).toHaveLength(2);
    expect((await search('"mail:megan" OR "employeeId:E10003"')).value.map((u) => u['displayName'])).toEqual(['Alan Steiner', 'Megan Bowen']);
    expect((await search('"displayName:a#b"'))['@odata.count']).toBe(0);
  });

  it('ignores $count=true silently without ConsistencyLevel', async () => {
    const page = (await client.api('/users').count(true).top(1).get()) as Page;
    expect(page).not.toHaveProperty('@odata.count');
  });

  it('validates $top between 1 and 999', async () => {
    const error = await caught(client.api('/users').top(1000).get());
    expect(error.message).toBe("Invalid page size specified: '1000'. Must be between 1 and 999 inclusive.");
  });

  it('pages with absolute https nextLinks that PageIterator follows with the token', async () => {
    const first = (await client.api('/users').top(7).select('id,displayName').get()) as Page;
    expect(first['@odata.nextLink']).toMatch(new RegExp(`^${tenant.origin}/v1.0/users\\?.*\\$skiptoken=`, 'u'));
    expect(first['@odata.nextLink']).toContain('$select=id,displayName');
    const seen: string[] = [];
    const iterator = new PageIterator(client, first, (u) => {
      seen.push(String((u as Record<string, unknown>)['id']));
      return true;
    });
    await iterator.iterate();
    expect(seen).toHaveLength(seed.users.length);
    expect(new Set(seen).size).toBe(seed.users.length);
  });

  it('serves the same routes under /beta', async () => {
    const me = (await client.api('/me').version('beta').get()) as Record<string, unknown>;
    expect(me['@odata.context']).toContain('/beta/$metadata#users');
  });

  it('returns 403 Authorization_RequestDenied when the token lacks a directory scope', async () => {
    const narrow = (await tokensFor(tenant, [upn.tom], ['User.Read']))[upn.tom] ?? '';
    const response = await rawGraph(tenant, narrow, 'GET', '/v1.0/users');
    expect(response.status).toBe(403);
    expect(response.json).toMatchObject({ error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } });
    expect((await rawGraph(tenant, narrow, 'GET', '/v1.0/me')).status).toBe(200);
  });
});
