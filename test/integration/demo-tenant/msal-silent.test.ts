import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionRequiredAuthError } from '@azure/msal-node';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { appScopes, createPca, signIn, upn } from './support';

let tenant: DemoTenant;
beforeAll(async () => {
  tenant = await startDemoTenant();
});
afterAll(async () => {
  await tenant.stop();
});

const tokenPosts = (): number => tenant.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/oauth2/v2.0/token')).length;

describe('silent renewal and refresh with the real msal-node', () => {
  it('answers a silent request from the cache without calling the token endpoint', async () => {
    const pca = createPca(tenant);
    const first = await signIn(tenant, pca, upn.tom);
    tenant.resetRequests();
    const silent = await pca.acquireTokenSilent({ account: first.account!, scopes: appScopes });
    expect(silent.fromCache).toBe(true);
    expect(silent.accessToken).toBe(first.accessToken);
    expect(tokenPosts()).toBe(0);
  });

  it('refreshes with the refresh token on forceRefresh and gets a new access token', async () => {
    const pca = createPca(tenant);
    const first = await signIn(tenant, pca, upn.tom);
    tenant.resetRequests();
    const refreshed = await pca.acquireTokenSilent({ account: first.account!, scopes: appScopes, forceRefresh: true });
    expect(refreshed.fromCache).toBe(false);
    expect(refreshed.accessToken).not.toBe(first.accessToken);
    expect(tokenPosts()).toBe(1);
    // Rotation: a second refresh uses the rotated token and still works.
    const again = await pca.acquireTokenSilent({ account: first.account!, scopes: appScopes, forceRefresh: true });
    expect(again.accessToken).not.toBe(refreshed.accessToken);
  });

  it('turns revoked refresh tokens into InteractionRequiredAuthError (invalid_grant + bad_token)', async () => {
    const pca = createPca(tenant);
    const first = await signIn(tenant, pca, upn.grace);
    tenant.revokeRefreshTokens(upn.grace);
    const error = await pca.acquireTokenSilent({ account: first.account!, scopes: appScopes, forceRefresh: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InteractionRequiredAuthError);
    expect((error as InteractionRequiredAuthError).errorCode).toBe('invalid_grant');
    expect((error as InteractionRequiredAuthError).subError).toBe('bad_token');
    expect((error as InteractionRequiredAuthError).errorMessage).toContain('AADSTS50173');
  });

  it('lets the technician sign in again interactively after revocation', async () => {
    const pca = createPca(tenant);
    tenant.revokeRefreshTokens(upn.grace);
    const result = await signIn(tenant, pca, upn.grace);
    const silent = await pca.acquireTokenSilent({ account: result.account!, scopes: appScopes, forceRefresh: true });
    expect(silent.account?.username).toBe(upn.grace);
  });
});
