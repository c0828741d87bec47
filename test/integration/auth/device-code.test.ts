import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeviceCodePrompt, Session } from '../../../preload/contract';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { createRecordingSecretStore } from '../../unit/auth/fake-secret-store';
import { harness, noBrowser, rejectionOf, type Harness } from './auth-fixture';

let demo: DemoTenant;
beforeAll(async () => {
  demo = await startDemoTenant();
});
afterAll(async () => {
  await demo.stop();
});

/** Resolves with the device code prompt as soon as the session shows one. */
function promptOf(sessions: Session[]): Promise<DeviceCodePrompt> {
  return new Promise((resolve) => {
    const check = (): void => {
      const shown = sessions.find((s) => s.state === 'signing-in' && s.deviceCode);
      if (shown?.state === 'signing-in' && shown.deviceCode) resolve(shown.deviceCode);
      else setTimeout(check, 20);
    };
    check();
  });
}

function deviceHarness(): Harness {
  return harness(demo, { secretStore: createRecordingSecretStore(true), browser: noBrowser });
}

describe('sign-in with a code (device code flow)', () => {
  it('shows the code in the app and signs in once it is approved elsewhere', async () => {
    const tom = 'tom.becker@contoso.example';
    const { auth, sessions } = deviceHarness();
    const pending = auth.signIn({ flow: 'device-code' });

    const prompt = await promptOf(sessions);
    expect(prompt.userCode).toMatch(/^\S{6,}$/);
    expect(prompt.verificationUri).toMatch(/^https:\/\//);
    expect(prompt.message).toContain(prompt.userCode);
    expect(Date.parse(prompt.expiresAt)).toBeGreaterThan(Date.now());

    demo.approveDeviceCode(prompt.userCode, tom);
    const session = await pending;
    expect(session.state === 'signed-in' && session.technician.userPrincipalName).toBe(tom);
    expect(session.state === 'signed-in' && session.technician.capability).toBe('members');
    expect(typeof (await auth.getGraphToken())).toBe('string');
  });

  it('cancel stops waiting for the code at once', async () => {
    const { auth, sessions } = deviceHarness();
    const pending = auth.signIn({ flow: 'device-code' });
    await promptOf(sessions);

    expect(await auth.cancel()).toEqual({ state: 'signed-out' });
    expect((await rejectionOf(pending)).code).toBe('sign-in-cancelled');
    expect(sessions.at(-1)).toEqual({ state: 'signed-out' });
  });

  it('a code declined on the other device is reported as cancelled', async () => {
    const { auth, sessions } = deviceHarness();
    const pending = auth.signIn({ flow: 'device-code' });
    const prompt = await promptOf(sessions);
    demo.declineDeviceCode(prompt.userCode);
    expect((await rejectionOf(pending)).code).toBe('sign-in-cancelled');
  });
});
