import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { client, otherClient, otherTenant, sandbox, tenant } from './fixtures';

describe('createConfigStore precedence', () => {
  it('starts from the defaults: no tenant, admin-only fields locked, the audit folder from Paths', async () => {
    const box = await sandbox();
    const store = box.store();
    const view = await store.view();
    expect(view.tenantId).toEqual({ value: null, source: 'default', locked: false });
    expect(view.cloud).toEqual({ value: 'Public', source: 'default', locked: false });
    expect(view.handoff).toEqual({
      value: {
        displaySeconds: 60,
        clipboardClearSeconds: 30,
        showQr: true,
        allowScreenCapture: false,
        allowCopy: true,
      },
      source: 'default',
      locked: false,
      // Admin-only by default (issue 15): technicians see them but cannot change them.
      lockedFields: ['allowScreenCapture', 'allowCopy'],
    });
    expect(view.auditFolder).toEqual({ value: box.audit, source: 'default', locked: true });
    expect(view.verification.value.ticketPattern).toBe('^(INC|REQ|RITM)\\d{6,}$');
    expect(view.problems).toEqual([]);
    const effective = await store.effective();
    expect(effective.configured).toBe(false);
    expect(effective.authority).toBeNull();
  });

  it("uses the user's settings over the defaults, unlocked", async () => {
    const box = await sandbox();
    await box.writeUser({
      tenantId: tenant,
      clientId: client,
      cloud: 'USGov',
      handoff: { showQr: false },
    });
    const view = await box.store().view();
    expect(view.tenantId).toEqual({ value: tenant, source: 'user', locked: false });
    expect(view.cloud).toEqual({ value: 'USGov', source: 'user', locked: false });
    expect(view.handoff.value.showQr).toBe(false);
    expect(view.handoff.source).toBe('user');
    expect(view.handoff.locked).toBe(false);
  });

  it('lets the policy win field by field and locks exactly what it sets', async () => {
    const box = await sandbox();
    await box.writePolicy({ handoff: { displaySeconds: 120, allowScreenCapture: false } });
    await box.writeUser({
      handoff: { displaySeconds: 30, showQr: false, allowScreenCapture: true },
    });
    const view = await box.store().view();
    expect(view.handoff).toEqual({
      value: {
        displaySeconds: 120,
        clipboardClearSeconds: 30,
        showQr: false,
        allowScreenCapture: false,
        allowCopy: true,
      },
      source: 'policy',
      locked: false,
      lockedFields: ['displaySeconds', 'allowScreenCapture', 'allowCopy'],
    });
    expect(view.tenantId.locked).toBe(false);
    expect(view.verification).toMatchObject({ source: 'default', locked: true });
  });

  it('lets a policy turn Copy off and lock it', async () => {
    const box = await sandbox();
    await box.writePolicy({ handoff: { allowCopy: false } });
    await box.writeUser({ handoff: { allowCopy: true } });
    const view = await box.store().view();
    expect(view.handoff.value.allowCopy).toBe(false);
    expect(view.handoff.lockedFields).toEqual(['allowScreenCapture', 'allowCopy']);
    expect((await box.store().effective()).handoff.allowCopy).toBe(false);
  });

  it('fails closed: an invalid policy field locks to the safe default, never the user value, with a problem naming it', async () => {
    const box = await sandbox();
    await box.writePolicy({ handoff: { displaySeconds: 5000, showQr: true } });
    await box.writeUser({ handoff: { displaySeconds: 90 } });
    const store = box.store();
    const view = await store.view();
    expect(view.handoff.value.displaySeconds).toBe(60);
    expect(view.handoff.lockedFields).toEqual([
      'displaySeconds',
      'showQr',
      'allowScreenCapture',
      'allowCopy',
    ]);
    expect(view.problems).toEqual([
      expect.objectContaining({
        file: box.policyFile,
        field: 'handoff.displaySeconds',
        message: expect.stringContaining('locked to its safe default'),
        fix: 'Use a whole number of seconds from 10 to 600.',
      }),
    ]);
    await expect(store.setHandoff({ displaySeconds: 90 })).rejects.toMatchObject({
      code: 'config-locked',
    });
  });

  it('fails closed for every field: a present but invalid policy value always locks to the safe default', async () => {
    const box = await sandbox();
    const user = {
      handoff: { displaySeconds: 90, clipboardClearSeconds: 20, showQr: false },
    };
    await box.writeUser(user);
    await box.writePolicy({
      handoff: {
        displaySeconds: 'long',
        clipboardClearSeconds: -1,
        showQr: 'yes',
        allowScreenCapture: 1,
        allowCopy: 'no',
      },
      verification: {
        checklists: { standard: [], privilegedExtra: 'x' },
        methods: [],
        ticketPattern: '(a+)+$',
        ticketExample: 'x',
      },
      privilegedGroups: ['not-a-guid'],
      auditFolder: 'relative/folder',
      demo: { allowed: 'maybe' },
      technicianMayChange: ['tenantId'],
    });
    const store = box.store();
    const view = await store.view();
    expect(view.handoff.value).toEqual({
      displaySeconds: 60,
      clipboardClearSeconds: 30,
      showQr: true,
      allowScreenCapture: false,
      allowCopy: true,
    });
    expect(view.handoff.locked).toBe(true);
    expect(view.verification).toMatchObject({ source: 'policy', locked: true });
    expect(view.verification.value.ticketPattern).toBe('^(INC|REQ|RITM)\\d{6,}$');
    expect(view.auditFolder).toEqual({ value: box.audit, source: 'policy', locked: true });
    const effective = await store.effective();
    expect(effective.privilegedGroups).toEqual([]);
    // The demo's safe default under a broken policy is off.
    expect(effective.demoAllowed).toBe(false);
    const fields = view.problems.map((p) => p.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'handoff.displaySeconds',
        'handoff.allowCopy',
        'verification.checklists.standard',
        'verification.ticketPattern',
        'privilegedGroups',
        'auditFolder',
        'demo.allowed',
        'technicianMayChange',
      ]),
    );
    for (const problem of view.problems) {
      expect(problem.file).toBe(box.policyFile);
      expect(problem.message).toContain('locked to its safe default');
    }
  });

  it('keeps admin-only fields from the user file unless the policy opens them', async () => {
    const box = await sandbox();
    const elsewhere = path.join(box.root, 'empty-audit');
    await box.writeUser({ auditFolder: elsewhere, handoff: { allowCopy: false } });
    const closed = await box.store().view();
    expect(closed.auditFolder).toEqual({ value: box.audit, source: 'default', locked: true });
    expect(closed.handoff.value.allowCopy).toBe(true);
    expect(closed.problems.map((p) => p.field)).toEqual(['handoff.allowCopy', 'auditFolder']);
    await box.writePolicy({ technicianMayChange: ['auditFolder'] });
    const opened = await box.store().view();
    expect(opened.auditFolder).toEqual({ value: elsewhere, source: 'user', locked: false });
    expect(opened.handoff.value.allowCopy).toBe(true);
  });

  it('never lets the user file open fields or turn the demo on over a policy tenant', async () => {
    const box = await sandbox();
    await box.writeUser({ technicianMayChange: ['auditFolder'], demo: { allowed: true } });
    await box.writePolicy({ tenantId: tenant, clientId: client });
    const store = box.store();
    expect((await store.effective()).demoAllowed).toBe(false);
    await box.writePolicy({ tenantId: tenant, clientId: client, demo: { allowed: true } });
    expect((await box.store().effective()).demoAllowed).toBe(true);
    await box.writePolicy({ demo: { allowed: false } });
    expect((await box.store().effective()).demoAllowed).toBe(false);
  });

  it('gives the policy the whole tenant once it names any part of it', async () => {
    const box = await sandbox();
    await box.writePolicy({ tenantId: tenant, clientId: client });
    await box.writeUser({ tenantId: otherTenant, clientId: otherClient, cloud: 'China' });
    const store = box.store();
    const view = await store.view();
    expect(view.tenantId).toEqual({ value: tenant, source: 'policy', locked: true });
    expect(view.clientId).toEqual({ value: client, source: 'policy', locked: true });
    // The user's China is not mixed into the admin's tenant: the cloud is the policy's default.
    expect(view.cloud).toEqual({ value: 'Public', source: 'policy', locked: true });
    expect((await store.effective()).authority).toBe(`https://login.microsoftonline.com/${tenant}`);
  });

  it('stays unconfigured, not on the user tenant, when the policy tenant is incomplete or invalid', async () => {
    const box = await sandbox();
    await box.writeUser({ tenantId: otherTenant, clientId: otherClient });
    await box.writePolicy({ tenantId: tenant });
    let view = await box.store().view();
    expect(view.tenantId).toEqual({ value: tenant, source: 'policy', locked: true });
    expect(view.clientId).toEqual({ value: null, source: 'policy', locked: true });
    expect(view.problems).toEqual([
      expect.objectContaining({
        file: box.policyFile,
        field: 'clientId',
        message: expect.stringMatching(/^is missing/),
      }),
    ]);

    await box.writePolicy({ tenantId: tenant, clientId: client, cloud: 'Azure' });
    const store = box.store();
    view = await store.view();
    expect(view.tenantId.value).toBeNull();
    expect(view.clientId.value).toBeNull();
    expect(view.problems.map((p) => p.field)).toEqual(['cloud']);
    expect((await store.effective()).configured).toBe(false);
  });

  it.each([
    [
      'a symbolic link',
      async (file: string, root: string) => {
        const real = path.join(root, 'real.json');
        await writeFile(real, JSON.stringify({ handoff: { showQr: false } }));
        await symlink(real, file);
      },
    ],
    ['malformed', async (file: string) => writeFile(file, '{"handoff": {"showQr": false}')],
  ])('ignores a policy file that is %s and still starts on user settings', async (_, plant) => {
    const box = await sandbox();
    await plant(box.policyFile, box.root);
    await box.writeUser({ tenantId: tenant, clientId: client });
    const view = await box.store().view();
    expect(view.problems).toHaveLength(1);
    expect(view.problems[0]?.file).toBe(box.policyFile);
    expect(view.tenantId).toEqual({ value: tenant, source: 'user', locked: false });
    expect(view.handoff.value.showQr).toBe(true);
  });

  it('reports problems from both files together', async () => {
    const box = await sandbox();
    await box.writePolicy({ cloud: 'Mars' });
    await box.writeUser({ handoff: { showQr: 'no' } });
    const problems = (await box.store().view()).problems;
    expect(problems.map((p) => [path.basename(p.file), p.field])).toEqual([
      ['policy.json', 'cloud'],
      ['policy.json', 'tenantId'],
      ['policy.json', 'clientId'],
      ['settings.json', 'handoff.showQr'],
    ]);
  });

  it('builds the privileged checklist as the standard list plus the extras, never weaker', async () => {
    const box = await sandbox();
    await box.writePolicy({
      verification: { checklists: { standard: [{ id: 'badge', label: 'Badge checked' }] } },
      technicianMayChange: ['verification.checklists.privilegedExtra'],
    });
    await box.writeUser({
      verification: {
        checklists: {
          privilegedExtra: [
            { id: 'badge', label: 'dup' },
            { id: 'ciso', label: 'CISO approved' },
          ],
        },
      },
    });
    const { checklists } = (await box.store().effective()).verification;
    expect(checklists.standard.map((i) => i.id)).toEqual(['badge']);
    expect(checklists.privileged.map((i) => i.id)).toEqual(['badge', 'ciso']);
  });
});
