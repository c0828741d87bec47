import { execFileSync } from 'node:child_process';
import { chmod, chown, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeConfigFs } from '../../../main/config/config-fs';
import {
  machinePolicyPath,
  maxSettingsBytes,
  readPolicyFile,
} from '../../../main/config/policy-file';
import { isRoot, myUid, sandbox, tenant } from './fixtures';
import { sddl } from './windows-acl-samples';

const fs = createNodeConfigFs();
const read = (file: string, platform: NodeJS.Platform = 'linux', trustedUid = myUid) =>
  readPolicyFile({ file, platform, fs, trustedUid });

describe('machinePolicyPath', () => {
  it('uses ProgramData on Windows, Application Support on macOS and /etc on Linux', () => {
    expect(machinePolicyPath('win32')).toBe('C:\\ProgramData\\TAP Desk\\policy.json');
    expect(machinePolicyPath('darwin')).toBe('/Library/Application Support/TAP Desk/policy.json');
    expect(machinePolicyPath('linux')).toBe('/etc/tap-desk/policy.json');
  });
});

describe('readPolicyFile', () => {
  it('treats a missing file as no policy, without a problem', async () => {
    const box = await sandbox();
    const layer = await read(box.policyFile);
    expect(layer.problems).toEqual([]);
    expect(layer.values).toEqual({});
  });

  it('accepts the shipped example without a single problem', async () => {
    const box = await sandbox();
    const example = await readFile(
      new URL('../../../main/config/policy.example.json', import.meta.url),
      'utf8',
    );
    await box.writePolicy(example);
    const layer = await read(box.policyFile);
    expect(layer.problems).toEqual([]);
    expect(Object.keys(layer.values).sort()).toHaveLength(14);
    expect(layer.values['handoff.allowScreenCapture']).toBe(false);
  });

  it('refuses a symbolic link, even to a valid file, naming the file and the fix', async () => {
    const box = await sandbox();
    const real = path.join(box.root, 'real.json');
    await writeFile(real, JSON.stringify({ tenantId: tenant }));
    await symlink(real, box.policyFile);
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      const layer = await read(box.policyFile, platform);
      expect(layer.values).toEqual({});
      expect(layer.problems).toHaveLength(1);
      expect(layer.problems[0]).toMatchObject({ file: box.policyFile, field: '(whole file)' });
      expect(layer.problems[0]?.message).toMatch(/symbolic link.*ignored/);
      expect(layer.problems[0]?.fix).toMatch(
        platform === 'win32' ? /copy the policy file/ : /install -o root/,
      );
    }
  });

  it('refuses a file owned by someone other than the trusted owner', async () => {
    const box = await sandbox();
    await box.writePolicy({ tenantId: tenant });
    const layer = await read(box.policyFile, 'linux', myUid + 1);
    expect(layer.values).toEqual({});
    expect(layer.problems[0]?.message).toContain(`owned by uid ${myUid}`);
    expect(layer.problems[0]?.fix).toContain(`sudo chown root:root "${box.policyFile}"`);
  });

  it.skipIf(!isRoot)('refuses a policy chowned away from root (runs as root only)', async () => {
    const box = await sandbox();
    await box.writePolicy({ tenantId: tenant });
    await chown(box.policyFile, 4242, 4242);
    const layer = await read(box.policyFile, 'darwin', 0);
    expect(layer.problems[0]?.message).toBe(
      'The policy file is owned by uid 4242, not root, so its owner could change the policy; TAP Desk ignored it',
    );
    expect(layer.problems[0]?.fix).toContain('sudo chown root:wheel');
  });

  it.each([
    [0o664, 'group-writable (mode 0664)'],
    [0o646, 'world-writable (mode 0646)'],
    [0o666, 'group- and world-writable (mode 0666)'],
  ])('refuses a file with mode %o as %s', async (mode, words) => {
    const box = await sandbox();
    await box.writePolicy({ tenantId: tenant }, mode);
    const layer = await read(box.policyFile);
    expect(layer.values).toEqual({});
    expect(layer.problems[0]?.message).toBe(`The policy file is ${words}, so TAP Desk ignored it`);
    expect(layer.problems[0]?.fix).toBe(`sudo chmod 644 "${box.policyFile}"`);
  });

  it('refuses a policy in a folder others can write to', async () => {
    const box = await sandbox();
    await box.writePolicy({ tenantId: tenant });
    await chmod(box.etc, 0o777);
    const layer = await read(box.policyFile);
    expect(layer.values).toEqual({});
    expect(layer.problems[0]?.message).toMatch(
      /folder .*tap-desk is writable by someone other than root.*mode 0777/,
    );
  });

  it('on Windows, judges the folder and file by their ACLs, not the POSIX owner and mode', async () => {
    const box = await sandbox();
    await box.writePolicy({ tenantId: tenant }, 0o666);
    const asked: string[] = [];
    const layer = await readPolicyFile({
      file: box.policyFile,
      platform: 'win32',
      fs: createNodeConfigFs(),
      trustedUid: myUid + 1,
      readSddl: async (target) => {
        asked.push(target);
        return sddl.installerFolder;
      },
    });
    expect(layer.problems).toEqual([]);
    expect(layer.values.tenantId).toBe(tenant);
    expect(asked).toEqual([path.win32.dirname(box.policyFile), box.policyFile]);
  });

  it('on Windows, refuses a policy whose folder or file non-administrators can write, or whose ACL cannot be read', async () => {
    const box = await sandbox();
    await box.writePolicy({ tenantId: tenant });
    const readWith = (folder: string, file: string | Error) =>
      readPolicyFile({
        file: box.policyFile,
        platform: 'win32',
        fs: createNodeConfigFs(),
        trustedUid: myUid,
        readSddl: async (target) => {
          const answer = target === box.policyFile ? file : folder;
          if (answer instanceof Error) throw answer;
          return answer;
        },
      });
    const cases = [
      [sddl.userCreatedFolder, sddl.installerFile, /folder .* is not admin-only \(it is owned by the account S-1-5-21-/],
      [sddl.installerFolder, sddl.userWritableFile, /policy file is not admin-only \(BUILTIN\\Users can write to it\)/],
      [sddl.installerFolder, new Error('powershell missing'), /permissions could not be read/],
    ] as const;
    for (const [folder, file, message] of cases) {
      const layer = await readWith(folder, file);
      expect(layer.values).toEqual({});
      expect(layer.problems).toEqual([
        expect.objectContaining({ field: '(whole file)', message: expect.stringMatching(message) }),
      ]);
      expect(layer.problems[0]?.fix).toContain('icacls');
    }
  });

  it('refuses a file over 64 KiB and accepts one of exactly 64 KiB', async () => {
    const box = await sandbox();
    const body = JSON.stringify({ tenantId: tenant });
    await box.writePolicy(body + ' '.repeat(maxSettingsBytes - body.length));
    expect((await read(box.policyFile)).values.tenantId).toBe(tenant);
    await box.writePolicy(body + ' '.repeat(maxSettingsBytes - body.length + 1));
    const layer = await read(box.policyFile);
    expect(layer.values).toEqual({});
    expect(layer.problems[0]?.message).toBe(
      'The policy file is 65537 bytes; the limit is 65536 bytes (64 KiB), so TAP Desk ignored it',
    );
  });

  it('reports malformed JSON as a whole-file problem', async () => {
    const box = await sandbox();
    await box.writePolicy('{ "tenantId": "x", }');
    const layer = await read(box.policyFile);
    expect(layer.values).toEqual({});
    expect(layer.problems).toHaveLength(1);
    expect(layer.problems[0]?.message).toMatch(
      /^is not valid JSON \(.+\), so TAP Desk ignored it$/,
    );
    expect(layer.problems[0]?.fix).toMatch(/trailing commas/);
  });

  it('reports JSON that is not an object', async () => {
    const box = await sandbox();
    await box.writePolicy([{ tenantId: tenant }]);
    expect((await read(box.policyFile)).problems[0]).toMatchObject({
      field: '(whole file)',
      message: 'is not a JSON object',
    });
  });

  it('refuses a folder where the file should be', async () => {
    const box = await sandbox();
    await mkdir(box.policyFile);
    expect((await read(box.policyFile)).problems[0]?.message).toBe(
      'The policy path is not a regular file, so TAP Desk ignored it',
    );
  });

  it('does not hang on a FIFO planted at the path', async () => {
    const box = await sandbox();
    try {
      execFileSync('mkfifo', [box.policyFile]);
    } catch {
      return; // no mkfifo on this machine: nothing to test
    }
    expect((await read(box.policyFile)).problems[0]?.message).toMatch(/not a regular file/);
  });

  it('reads the BOM-prefixed UTF-8 and UTF-16 files that Windows editors write', async () => {
    const box = await sandbox();
    const text = JSON.stringify({ tenantId: tenant });
    await writeFile(
      box.policyFile,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    );
    expect((await read(box.policyFile)).values.tenantId).toBe(tenant);
    await writeFile(
      box.policyFile,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    expect((await read(box.policyFile)).values.tenantId).toBe(tenant);
  });
});
