import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { ConfigView } from '../../../preload/contract';
import { AppFailure } from '../../../main/kernel/result';
import type { ConfigService } from '../../../main/kernel/services';
import type { ConfigStore } from '../../../main/config/config-store';
import { client, otherClient, otherTenant, sandbox, tenant } from './fixtures';

// Compile-time check: the store is the ConfigService the composition root needs, minus useDemo.
export const fitsService = (store: ConfigStore): Omit<ConfigService, 'useDemo'> => store;

describe('createConfigStore.setTenant', () => {
  it('refuses with config-locked when the policy sets the tenant, and writes nothing', async () => {
    const box = await sandbox();
    await box.writePolicy({ tenantId: tenant, clientId: client });
    const store = box.store();
    const attempt = store.setTenant({
      tenantId: otherTenant,
      clientId: otherClient,
      cloud: 'Public',
    });
    await expect(attempt).rejects.toBeInstanceOf(AppFailure);
    await expect(attempt).rejects.toMatchObject({
      code: 'config-locked',
      message:
        'Your organisation sets the tenant, app registration and cloud for TAP Desk, so it cannot be changed here.',
      hint: `Ask your IT admin. The setting comes from ${box.policyFile}.`,
    });
    await expect(readdir(box.userData)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await store.view()).tenantId.value).toBe(tenant);
  });

  it('refuses when the policy sets only the cloud', async () => {
    const box = await sandbox();
    await box.writePolicy({ cloud: 'USGov' });
    await expect(
      box.store().setTenant({ tenantId: tenant, clientId: client, cloud: 'USGov' }),
    ).rejects.toMatchObject({ code: 'config-locked' });
  });

  it('refuses values that are not GUIDs with config-invalid', async () => {
    const box = await sandbox();
    await expect(
      box.store().setTenant({ tenantId: 'contoso', clientId: client, cloud: 'Public' }),
    ).rejects.toMatchObject({
      code: 'config-invalid',
      hint: expect.stringContaining('Directory (tenant) ID'),
    });
  });

  it('saves and answers the new view when nothing is locked', async () => {
    const box = await sandbox();
    const view = await box
      .store()
      .setTenant({ tenantId: tenant.toUpperCase(), clientId: client, cloud: 'China' });
    expect(view.tenantId).toEqual({ value: tenant, source: 'user', locked: false });
    expect(view.cloud.value).toBe('China');
  });
});

describe('createConfigStore.setHandoff', () => {
  it('refuses to change a locked field, naming it, but accepts its current value and open fields', async () => {
    const box = await sandbox();
    await box.writePolicy({ handoff: { allowScreenCapture: false } });
    const store = box.store();
    await expect(
      store.setHandoff({ allowScreenCapture: true, showQr: false }),
    ).rejects.toMatchObject({
      code: 'config-locked',
      message: expect.stringContaining('allowScreenCapture'),
    });
    expect((await store.view()).handoff.value.showQr).toBe(true);
    const view = await store.setHandoff({
      allowScreenCapture: false,
      showQr: false,
      displaySeconds: 30,
    });
    expect(view.handoff.value).toEqual({
      displaySeconds: 30,
      clipboardClearSeconds: 30,
      showQr: false,
      allowScreenCapture: false,
      allowCopy: true,
    });
    expect(view.handoff.locked).toBe(false);
    expect(view.handoff.lockedFields).toEqual(['allowScreenCapture', 'allowCopy']);
  });

  it('keeps both of two changes made at once', async () => {
    const box = await sandbox();
    const store = box.store();
    await Promise.all([
      store.setHandoff({ displaySeconds: 45 }),
      store.setHandoff({ clipboardClearSeconds: 15 }),
    ]);
    const view = await box.store().view();
    expect(view.handoff.value).toMatchObject({ displaySeconds: 45, clipboardClearSeconds: 15 });
  });
});

describe('createConfigStore.onChange', () => {
  it('tells listeners about saves and policy reloads, and stops after unsubscribe', async () => {
    const box = await sandbox();
    const store = box.store();
    const seen: ConfigView[] = [];
    const stop = store.onChange((view) => seen.push(view));
    await store.setHandoff({ showQr: false });
    expect(seen.map((v) => v.handoff.value.showQr)).toEqual([false]);

    await store.reload();
    expect(seen).toHaveLength(1);

    await box.writePolicy({ tenantId: tenant, clientId: client });
    await store.reload();
    expect(seen).toHaveLength(2);
    expect(seen[1]?.tenantId).toEqual({ value: tenant, source: 'policy', locked: true });

    stop();
    await store.setHandoff({ showQr: true });
    expect(seen).toHaveLength(2);
  });
});
