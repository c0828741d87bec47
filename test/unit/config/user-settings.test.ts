import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeConfigFs } from '../../../main/config/config-fs';
import { client, sandbox, tenant } from './fixtures';

const settingsFile = (userData: string) => path.join(userData, 'settings.json');

describe('user settings', () => {
  it('round-trips through a fresh store, written with mode 0600 and no temp files left', async () => {
    const box = await sandbox();
    const first = box.store();
    await first.setTenant({ tenantId: tenant, clientId: client, cloud: 'USGov' });
    await first.setHandoff({ displaySeconds: 120, showQr: false });

    const again = await box.store().view();
    expect(again.tenantId).toEqual({ value: tenant, source: 'user', locked: false });
    expect(again.cloud.value).toBe('USGov');
    expect(again.handoff.value).toEqual({
      displaySeconds: 120,
      clipboardClearSeconds: 30,
      showQr: false,
      allowScreenCapture: false,
      allowCopy: true,
    });
    expect(again.handoff.source).toBe('user');

    const stat = await nodeFs.stat(settingsFile(box.userData));
    expect(stat.mode & 0o777).toBe(0o600);
    expect(await nodeFs.readdir(box.userData)).toEqual(['settings.json']);
    expect(JSON.parse(await nodeFs.readFile(settingsFile(box.userData), 'utf8'))).toEqual({
      tenantId: tenant,
      clientId: client,
      cloud: 'USGov',
      handoff: { displaySeconds: 120, showQr: false },
    });
  });

  it('keeps the old file intact and leaves no temp file when the replace fails', async () => {
    const box = await sandbox();
    await box.store().setHandoff({ displaySeconds: 90 });
    const before = await nodeFs.readFile(settingsFile(box.userData), 'utf8');
    const failingRename: typeof nodeFs.rename = async () => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    };
    const store = box.store({ fs: createNodeConfigFs({ ...nodeFs, rename: failingRename }) });
    await expect(store.setHandoff({ displaySeconds: 200 })).rejects.toThrow('disk full');
    expect(await nodeFs.readFile(settingsFile(box.userData), 'utf8')).toBe(before);
    expect(await nodeFs.readdir(box.userData)).toEqual(['settings.json']);
    expect((await store.view()).handoff.value.displaySeconds).toBe(90);
  });

  it('drops unknown and secret-looking fields from a hand-edited file on the next save', async () => {
    const box = await sandbox();
    await box.writeUser({
      clientSecret: 'hunter2-not-a-real-secret',
      colour: 'blue',
      handoff: { showQr: false },
    });
    const store = box.store();
    const problems = (await store.view()).problems;
    expect(problems.map((p) => p.field)).toEqual(['clientSecret', 'colour']);
    expect(problems[0]?.message).toMatch(/looks like a secret/);
    await store.setHandoff({ clipboardClearSeconds: 20 });
    const written = await nodeFs.readFile(settingsFile(box.userData), 'utf8');
    expect(written).not.toMatch(/hunter2|clientSecret|colour/);
    expect(JSON.parse(written)).toEqual({ handoff: { showQr: false, clipboardClearSeconds: 20 } });
    expect((await store.view()).problems).toEqual([]);
  });

  it('starts on defaults with a problem when the settings file is corrupt', async () => {
    const box = await sandbox();
    await box.writeUser('{"tenantId": ');
    const view = await box.store().view();
    expect(view.tenantId).toEqual({ value: null, source: 'default', locked: false });
    expect(view.problems).toEqual([
      expect.objectContaining({
        file: settingsFile(box.userData),
        field: '(whole file)',
        message: expect.stringMatching(/not valid JSON/),
      }),
    ]);
  });

  it('ignores a settings file replaced by a symbolic link', async () => {
    const box = await sandbox();
    const elsewhere = path.join(box.root, 'elsewhere.json');
    await nodeFs.writeFile(elsewhere, JSON.stringify({ tenantId: tenant }));
    await nodeFs.mkdir(box.userData, { recursive: true });
    await nodeFs.symlink(elsewhere, settingsFile(box.userData));
    const view = await box.store().view();
    expect(view.tenantId.value).toBeNull();
    expect(view.problems[0]?.message).toMatch(/symbolic link/);
  });
});
