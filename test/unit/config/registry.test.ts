import { describe, expect, it } from 'vitest';
import type { ExecFile } from '../../../main/config/registry';
import {
  parseRegQuery,
  readRegistryPolicy,
  registryKey,
} from '../../../main/config/registry';
import { client, myUid, otherTenant, sandbox, tenant } from './fixtures';
import { sddl } from './windows-acl-samples';

const regExe = 'C:\\Windows\\System32\\reg.exe';

/** reg.exe's real output shape: CRLF, a header line, four-space columns. */
function regOutput(values: readonly (readonly [string, string, string])[]): string {
  const lines = values.map(([name, type, data]) => `    ${name}    ${type}    ${data}`);
  return ['', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\TAP Desk', ...lines, '', ''].join('\r\n');
}

/** reg.exe answers `result`; PowerShell (the ACL reader) answers with the installer's ACL. */
function fakeExec(result: string | { code: number | string }): ExecFile & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  const exec: ExecFile = async (file, args, options) => {
    calls.push([file, args, options]);
    if (file.endsWith('powershell.exe')) return { stdout: `${sddl.installerFolder}\r\n`, stderr: '' };
    if (typeof result === 'string') return { stdout: result, stderr: '' };
    throw Object.assign(new Error('Command failed'), { code: result.code });
  };
  return Object.assign(exec, { calls });
}

describe('parseRegQuery', () => {
  it('reads names, types and data with spaces, ignoring the header', () => {
    const out = regOutput([
      ['TenantId', 'REG_SZ', tenant],
      ['PolicyJson', 'REG_SZ', '{"verification": {"methods": ["In person with photo ID"]}}'],
      ['Flag', 'REG_DWORD', '0x1'],
    ]);
    expect(parseRegQuery(out)).toEqual([
      { name: 'TenantId', type: 'REG_SZ', data: tenant },
      {
        name: 'PolicyJson',
        type: 'REG_SZ',
        data: '{"verification": {"methods": ["In person with photo ID"]}}',
      },
      { name: 'Flag', type: 'REG_DWORD', data: '0x1' },
    ]);
  });
});

describe('readRegistryPolicy', () => {
  it('runs reg.exe by full path against the policy key', async () => {
    const exec = fakeExec(regOutput([]));
    await readRegistryPolicy(exec, regExe);
    expect(exec.calls).toEqual([
      [regExe, ['query', registryKey, '/s'], expect.objectContaining({ windowsHide: true })],
    ]);
  });

  it('reads TenantId, ClientId, Cloud and the rest from PolicyJson', async () => {
    const exec = fakeExec(
      regOutput([
        ['TenantId', 'REG_SZ', tenant],
        ['ClientId', 'REG_SZ', client],
        ['Cloud', 'REG_SZ', 'USGovDoD'],
        [
          'PolicyJson',
          'REG_SZ',
          '{"tenantId": "' + otherTenant + '", "handoff": {"clipboardClearSeconds": 10}}',
        ],
      ]),
    );
    const layer = await readRegistryPolicy(exec, regExe);
    expect(layer.problems).toEqual([]);
    // The named value beats the same field inside PolicyJson.
    expect(layer.values).toEqual({
      tenantId: tenant,
      clientId: client,
      cloud: 'USGovDoD',
      'handoff.clipboardClearSeconds': 10,
    });
  });

  it('treats a missing key (reg.exe exit code 1) as an unmanaged machine', async () => {
    const layer = await readRegistryPolicy(fakeExec({ code: 1 }), regExe);
    expect(layer).toMatchObject({ values: {}, problems: [] });
  });

  it('reports reg.exe failing to run', async () => {
    const layer = await readRegistryPolicy(fakeExec({ code: 'ENOENT' }), regExe);
    expect(layer.problems).toEqual([
      expect.objectContaining({
        file: registryKey,
        field: '(whole key)',
        message: expect.stringContaining('(ENOENT)'),
      }),
    ]);
  });

  it('names the registry value in each problem', async () => {
    const exec = fakeExec(
      regOutput([
        ['TenantId', 'REG_SZ', 'contoso.onmicrosoft.com'],
        ['Cloud', 'REG_DWORD', '0x1'],
        ['DisplaySeconds', 'REG_SZ', '60'],
        ['PolicyJson', 'REG_SZ', '{"handoff": {"displaySeconds": 9}, "extra": 1}'],
      ]),
    );
    const layer = await readRegistryPolicy(exec, regExe);
    expect(layer.problems.map((p) => [p.file, p.field])).toEqual([
      [registryKey, 'Cloud'],
      [registryKey, 'DisplaySeconds'],
      [registryKey, 'TenantId'],
      [registryKey, 'PolicyJson.extra'],
      [registryKey, 'PolicyJson.handoff.displaySeconds'],
    ]);
    expect(layer.problems[0]?.message).toBe(
      'is REG_DWORD, not REG_SZ. Machine policy fails closed: the setting is locked to its safe default until this is fixed',
    );
    expect(layer.named.has('cloud')).toBe(true);
    expect(layer.problems[2]?.message).toMatch(/must be a GUID/);
    expect(layer.named.has('tenantId')).toBe(true);
  });

  it('reports PolicyJson that is not JSON', async () => {
    const layer = await readRegistryPolicy(
      fakeExec(regOutput([['PolicyJson', 'REG_SZ', '{handoff: 1}']])),
      regExe,
    );
    expect(layer.problems).toEqual([
      expect.objectContaining({
        field: 'PolicyJson',
        message: expect.stringMatching(/^is not valid JSON/),
      }),
    ]);
  });
});

describe('createConfigStore on Windows', () => {
  it('locks registry values, lets them beat policy.json, and keeps policy.json for the rest', async () => {
    const box = await sandbox();
    await box.writePolicy({ cloud: 'USGov', handoff: { showQr: false, displaySeconds: 300 } });
    const exec = fakeExec(
      regOutput([
        ['TenantId', 'REG_SZ', tenant],
        ['ClientId', 'REG_SZ', client],
        ['PolicyJson', 'REG_SZ', '{"handoff": {"displaySeconds": 45}}'],
      ]),
    );
    const store = box.store({ platform: 'win32', execFile: exec, trustedUid: myUid + 1 });
    const view = await store.view();
    expect(view.problems).toEqual([]);
    expect(view.tenantId).toEqual({ value: tenant, source: 'policy', locked: true });
    expect(view.cloud).toEqual({ value: 'USGov', source: 'policy', locked: true });
    expect(view.handoff.value).toMatchObject({ displaySeconds: 45, showQr: false });
    expect(view.handoff.lockedFields).toEqual([
      'displaySeconds',
      'showQr',
      'allowScreenCapture',
      'allowCopy',
    ]);
    expect((await store.effective()).authority).toBe(`https://login.microsoftonline.us/${tenant}`);
    expect(exec.calls.map((call) => call[0])).toContain(regExe);
  });

  it('takes reg.exe, PowerShell and the policy folder from fixed places, not the environment', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      ProgramData: 'D:\\Planted',
      SystemRoot: 'D:\\FakeWindows',
      windir: 'D:\\FakeWindows',
      PATH: 'D:\\FakeWindows\\System32',
    });
    try {
      const { createConfigStore } = await import('../../../main/config/config-store');
      const opened: string[] = [];
      const exec = fakeExec({ code: 1 });
      const store = createConfigStore({
        platform: 'win32',
        paths: { userData: 'C:\\Users\\t\\AppData\\Roaming\\TAP Desk', audit: 'C:\\audit' },
        execFile: exec,
        fs: {
          readRegularFile: async (file) => {
            opened.push(file);
            return { kind: 'absent' };
          },
          folderFacts: async () => null,
          writeFileAtomic: async () => undefined,
        },
      });
      await store.view();
      expect(opened).toContain('C:\\ProgramData\\TAP Desk\\policy.json');
      expect(opened.some((file) => file.includes('Planted'))).toBe(false);
      expect(exec.calls.map((call) => call[0])).toEqual([regExe]);
    } finally {
      process.env = saved;
    }
  });

  it('names both policy sources when the tenant is refused', async () => {
    const box = await sandbox();
    const store = box.store({
      platform: 'win32',
      execFile: fakeExec(regOutput([['TenantId', 'REG_SZ', tenant]])),
    });
    await expect(
      store.setTenant({ tenantId: tenant, clientId: client, cloud: 'Public' }),
    ).rejects.toMatchObject({
      code: 'config-locked',
      hint: `Ask your IT admin. The setting comes from ${registryKey} or ${box.policyFile}.`,
    });
  });
});

describe('nodeExecFile', () => {
  it('resolves with stdout, and rejects with the exit code as `code` (what the missing-key check reads)', async () => {
    const { nodeExecFile } = await import('../../../main/config/node-exec-file');
    const options = { timeout: 10_000, windowsHide: true, maxBuffer: 1024 };
    await expect(
      nodeExecFile(process.execPath, ['-e', 'process.stdout.write("hi")'], options),
    ).resolves.toEqual({
      stdout: 'hi',
      stderr: '',
    });
    await expect(
      nodeExecFile(process.execPath, ['-e', 'process.exit(1)'], options),
    ).rejects.toMatchObject({ code: 1 });
  });
});
