import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerError } from '@azure/msal-node';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { decodeJwtPayload } from '../../../main/demo-tenant/jwt';
import { appScopes, createPca, upn } from './support';

let tenant: DemoTenant;
beforeAll(async () => {
  tenant = await startDemoTenant();
});
afterAll(async () => {
  await tenant.stop();
});

describe('interactive sign-in with the real msal-node (form_post)', () => {
  it('signs in the first technician by default and returns an account msal can use', async () => {
    const pca = createPca(tenant);
    const result = await pca.acquireTokenInteractive({ scopes: appScopes, openBrowser: tenant.browser().open });
    const first = tenant.technicians[0];
    expect(result.account?.username).toBe(first?.upn);
    expect(result.account?.tenantId).toBe(tenant.tenantId);
    expect(result.account?.environment).toBe(tenant.knownAuthority);
    expect(result.account?.homeAccountId).toBe(`${result.account?.localAccountId}.${tenant.tenantId}`);
    expect(result.scopes).toEqual(expect.arrayContaining(appScopes));
    const claims = decodeJwtPayload(result.accessToken);
    expect(claims?.['scp']).toContain('UserAuthenticationMethod.ReadWrite.All');
    expect(claims?.['tid']).toBe(tenant.tenantId);
    expect(claims?.['wids']).toContain('7be44c8a-adaf-4e2a-84d6-ab2649e08a13');
  });

  it('signs in the technician named by the browser (login_hint)', async () => {
    const pca = createPca(tenant);
    const result = await pca.acquireTokenInteractive({ scopes: appScopes, openBrowser: tenant.browser({ upn: upn.tom }).open });
    expect(result.account?.username).toBe(upn.tom);
    expect(result.account?.name).toBe('Tom Becker');
  });

  it('honours the app login_hint when the browser does not override it', async () => {
    const pca = createPca(tenant);
    const result = await pca.acquireTokenInteractive({ scopes: appScopes, loginHint: upn.grace, openBrowser: tenant.browser().open });
    expect(result.account?.username).toBe(upn.grace);
  });

  it('surfaces a cancelled consent as ServerError access_denied', async () => {
    const pca = createPca(tenant);
    const error = await pca
      .acquireTokenInteractive({ scopes: appScopes, openBrowser: tenant.browser({ action: 'cancel' }).open })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).errorCode).toBe('access_denied');
    expect((error as ServerError).errorMessage).toContain('AADSTS65004');
  });

  it('rejects a form post with a tampered state and keeps waiting for the real one', async () => {
    const pca = createPca(tenant);
    const tampered = tenant.browser({ action: 'wrong-state' });
    const honest = tenant.browser();
    const result = await pca.acquireTokenInteractive({
      scopes: appScopes,
      openBrowser: async (url) => {
        await tampered.open(url);
        await honest.open(url);
      },
    });
    expect(tampered.visits[0]?.loopbackStatus).toBe(400);
    expect(honest.visits[0]?.loopbackStatus).toBe(200);
    expect(result.account?.username).toBe(tenant.technicians[0]?.upn);
  });

  it('refuses scopes the app has no admin consent for', async () => {
    const pca = createPca(tenant);
    const error = await pca
      .acquireTokenInteractive({ scopes: ['Directory.ReadWrite.All'], openBrowser: tenant.browser().open })
      .catch((e: unknown) => e);
    expect((error as ServerError).errorCode).toBe('consent_required');
  });

  it('serves openid-configuration with an issuer on the same origin, fetched once per client', async () => {
    tenant.resetRequests();
    const pca = createPca(tenant);
    await pca.acquireTokenInteractive({ scopes: appScopes, openBrowser: tenant.browser().open });
    await pca.acquireTokenInteractive({ scopes: appScopes, openBrowser: tenant.browser().open });
    const discovery = tenant.requests.filter((r) => r.path.endsWith('/openid-configuration'));
    expect(discovery).toHaveLength(1);
    const config = (await (await tenant.fetch(`${tenant.authority}/v2.0/.well-known/openid-configuration`)).json()) as Record<string, string>;
    expect(config['issuer']).toBe(`${tenant.authority}/v2.0`);
    expect(config['token_endpoint']).toBe(`${tenant.authority}/oauth2/v2.0/token`);
  });
});
