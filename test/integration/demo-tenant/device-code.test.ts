import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthError, type DeviceCodeRequest } from '@azure/msal-node';
import { createManualClock, type ManualClock } from '../../fakes/manual-clock';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { appScopes, createPca, upn } from './support';

let tenant: DemoTenant;
let clock: ManualClock;
beforeAll(async () => {
  clock = createManualClock(Date.now());
  tenant = await startDemoTenant({ clock });
});
afterAll(async () => {
  await tenant.stop();
});

const pendingAnswers = (): number =>
  tenant.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token') && r.status === 400).length;

/** Resolves once the emulator has answered `authorization_pending` at least once. */
async function afterFirstPendingPoll(): Promise<void> {
  while (pendingAnswers() === 0) await new Promise((r) => setTimeout(r, 50));
}

describe('device code flow with the real msal-node', () => {
  it('polls through authorization_pending and succeeds once the technician approves', async () => {
    tenant.resetRequests();
    const pca = createPca(tenant);
    let shown: Parameters<DeviceCodeRequest['deviceCodeCallback']>[0] | undefined;
    const result = await pca.acquireTokenByDeviceCode({
      scopes: appScopes,
      deviceCodeCallback: (response) => {
        shown = response;
        void afterFirstPendingPoll().then(() => tenant.approveDeviceCode(response.userCode, upn.tom));
      },
    });
    expect(shown?.verificationUri).toBe(`${tenant.origin}/devicelogin`);
    expect(shown?.message).toContain(shown?.userCode ?? '-');
    expect(pendingAnswers()).toBeGreaterThanOrEqual(1);
    expect(result?.account?.username).toBe(upn.tom);
  });

  it('stops with authorization_declined when the user declines', async () => {
    const pca = createPca(tenant);
    const error = await pca
      .acquireTokenByDeviceCode({ scopes: appScopes, deviceCodeCallback: (r) => tenant.declineDeviceCode(r.userCode) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as AuthError).errorMessage).toContain('authorization_declined');
  });

  it('stops with expired_token when the code outlives its 15 minutes', async () => {
    const pca = createPca(tenant);
    const error = await pca
      .acquireTokenByDeviceCode({ scopes: appScopes, deviceCodeCallback: () => clock.advance(901_000) })
      .catch((e: unknown) => e);
    expect((error as AuthError).errorMessage).toContain('expired_token');
  });
});
