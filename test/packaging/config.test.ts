import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builderConfigFile,
  loadBuilderConfig,
  section,
  validateBuilderConfig,
  writeConfigCopy,
} from './builder-config';
import { configFuseProblems, requiredFuses, type FuseName } from './fuses';
import { projectDir } from './project';

// Installer identity: changing either makes upgrades install side by side. Never edit these.
const nsisGuid = '89dd93ba-0f86-42c0-9cc8-292d9666a370';
const msiUpgradeCode = '{F22F7AB1-CDCF-48E8-A8D0-A60737E4854B}';

let config: Configuration;
let scratch: string;

beforeAll(async () => {
  config = await loadBuilderConfig(projectDir, builderConfigFile);
  scratch = mkdtempSync(join(tmpdir(), 'tapdesk-config-'));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const mutatedCopy = async (mutate: Parameters<typeof writeConfigCopy>[2]): Promise<Configuration> =>
  loadBuilderConfig(
    projectDir,
    writeConfigCopy(config, mkdtempSync(join(scratch, 'copy-')), mutate),
  );

describe('validateBuilderConfig', () => {
  it('accepts electron-builder.yml', async () => {
    await expect(validateBuilderConfig(config)).resolves.toBeUndefined();
  });

  it('accepts an unmodified copy written through the test helper', async () => {
    await expect(
      validateBuilderConfig(await mutatedCopy(() => undefined)),
    ).resolves.toBeUndefined();
  });

  it('rejects a copy with a typo in an installer option', async () => {
    const copy = await mutatedCopy((c) => {
      const nsis = section(c, 'nsis');
      nsis['perMachin'] = nsis['perMachine'];
      delete nsis['perMachine'];
    });
    await expect(validateBuilderConfig(copy)).rejects.toThrow(/configuration\.nsis/);
  });

  it('rejects a copy with a misspelled fuse, which would otherwise be silently ignored', async () => {
    const copy = await mutatedCopy((c) => {
      section(c, 'electronFuses')['runAsNod'] = false;
    });
    await expect(validateBuilderConfig(copy)).rejects.toThrow(/electronFuses/);
  });

  it('rejects a copy with an unknown top-level key', async () => {
    const copy = await mutatedCopy((c) => {
      c['asarr'] = true;
    });
    await expect(validateBuilderConfig(copy)).rejects.toThrow(/asarr/);
  });
});

describe('configFuseProblems', () => {
  it('finds electron-builder.yml compliant with the fuse policy', () => {
    expect(configFuseProblems(config.electronFuses)).toEqual([]);
  });

  it.each(Object.keys(requiredFuses) as FuseName[])(
    'fails a copy with %s flipped',
    async (name) => {
      const copy = await mutatedCopy((c) => {
        const fuses = section(c, 'electronFuses');
        fuses[name] = fuses[name] !== true;
      });
      await expect(validateBuilderConfig(copy)).resolves.toBeUndefined();
      expect(configFuseProblems(copy.electronFuses)).toEqual([
        expect.stringContaining(`electronFuses.${name}`),
      ]);
    },
  );

  it('fails a configuration without an electronFuses block', () => {
    expect(configFuseProblems(undefined)).toEqual(['electronFuses is missing']);
  });
});

describe('electron-builder.yml', () => {
  it('keeps a fixed identity for upgrades in place', () => {
    expect(config.appId).toBe('com.tapdesk.app');
    expect(config.productName).toBe('TAP Desk');
    expect(config.nsis?.guid).toBe(nsisGuid);
    expect(config.msi?.upgradeCode).toBe(msiUpgradeCode);
  });

  it('packs into an asar, publishes nowhere and rebuilds no native module', () => {
    expect(config.asar).toBe(true);
    expect(config.publish).toBeNull();
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
  });

  it('allow-lists out/ and package.json and excludes maps and sources', () => {
    // electron-builder normalises `files` to [{ filter: [...] }] when it loads the file.
    const files = [config.files]
      .flat()
      .flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry?.filter ?? []].flat()));
    const includes = files.filter((pattern) => !pattern.startsWith('!'));
    expect(includes).toEqual(['out/**', 'package.json']);
    expect(files).toContain('!**/*.map');
    expect(files).toContain('!**/*.{ts,tsx,mts,cts}');
  });

  it('installs per machine on Windows, silently scriptable', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: true, runAfterFinish: false });
    expect(config.msi).toMatchObject({ perMachine: true, runAfterFinish: false });
    expect(config.win?.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'msi', arch: ['x64'] },
    ]);
  });

  it('targets dmg on macOS and deb plus AppImage on Linux, with libsecret for safeStorage', () => {
    expect(config.mac?.target).toEqual([{ target: 'dmg' }]);
    expect(config.linux?.target).toEqual([
      { target: 'deb', arch: ['x64'] },
      { target: 'AppImage', arch: ['x64'] },
    ]);
    expect(config.deb?.depends).toContain('libsecret-1-0');
  });

  it('ships the example policy and the generated policy templates beside the app', () => {
    expect(config.extraResources).toEqual([
      { from: 'resources/policy.example.json', to: 'policy.example.json' },
      { from: 'build/policy-templates', to: 'policy-templates' },
    ]);
    expect(config.beforePack).toBe('./scripts/before-pack.mjs');
  });

  it('has the NSIS installer create the policy folder with an administrators-only ACL', () => {
    expect(config.nsis?.include).toBe('build/installer.nsh');
    const script = readFileSync(join(projectDir, 'build', 'installer.nsh'), 'utf8');
    expect(script).toContain('!macro customInstall');
    expect(script).toMatch(/icacls\.exe" "\$APPDATA\\TAP Desk" \/inheritance:r \/grant:r \*S-1-5-18:\(OI\)\(CI\)F \*S-1-5-32-544:\(OI\)\(CI\)F \*S-1-5-32-545:\(OI\)\(CI\)RX/);
    expect(script).toMatch(/\/setowner \*S-1-5-32-544/);
  });
});

describe('resources/policy.example.json', () => {
  const example = (): Record<string, unknown> =>
    JSON.parse(
      readFileSync(join(projectDir, 'resources', 'policy.example.json'), 'utf8'),
    ) as Record<string, unknown>;

  it('is valid JSON with every setting an admin can lock', () => {
    expect(Object.keys(example())).toEqual(
      expect.arrayContaining([
        'tenantId',
        'clientId',
        'cloud',
        'handoff',
        'verification',
        'auditFolder',
      ]),
    );
    expect(Object.keys(example()['handoff'] as object)).toEqual(
      expect.arrayContaining([
        'displaySeconds',
        'clipboardClearSeconds',
        'showQr',
        'allowScreenCapture',
      ]),
    );
  });

  const configExample = join(projectDir, 'main', 'config', 'policy.example.json');
  it.skipIf(!existsSync(configExample))(
    'is the same file the configuration engineer documents',
    () => {
      expect(example()).toEqual(JSON.parse(readFileSync(configExample, 'utf8')));
    },
  );
});

describe('build/linux/after-install.sh', () => {
  const script = join(projectDir, 'build', 'linux', 'after-install.sh');

  it('is the deb afterInstall script and is executable', () => {
    expect(config.deb?.afterInstall).toBe('build/linux/after-install.sh');
    expect(statSync(script).mode & 0o111).not.toBe(0);
  });

  it('uses only macros electron-builder defines, so the deb build cannot fail on it', () => {
    const macros = [...readFileSync(script, 'utf8').matchAll(/\$\{([a-zA-Z]+)\}/g)].map(
      (m) => m[1],
    );
    expect(new Set(macros)).toEqual(new Set(['executable', 'sanitizedProductName']));
  });

  it('creates the root-owned machine policy folder the app reads', () => {
    expect(readFileSync(script, 'utf8')).toMatch(
      /install -d -o root -g root -m 0755 \/etc\/tap-desk/,
    );
  });
});
