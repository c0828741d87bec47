import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFile } from '@electron/asar';
import type { Configuration } from 'app-builder-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTemplates, templateFiles } from '../../main/config/templates/write-templates';
import { asarPackages, asarProblems, listAsar, preloadRequireProblems } from './asar-content';
import { builderConfigFile, loadBuilderConfig, section, writeConfigCopy } from './builder-config';
import { binaryFuseProblems, fuseIndex, readFuseWire, requiredFuses, type FuseName } from './fuses';
import { extractWithFakeElectron, importedPackages, startPackagedMain } from './main-startup';
import { packageLinuxDir, type LinuxDirBuild } from './package-app';
import { productionClosure } from './production-closure';
import { ensureBuilt, projectDir } from './project';
import { electronDefaultWire, writeStubElectronDist } from './stub-electron-dist';

// One real `--linux dir` build of the repository's out/ for every check in this file.
let scratch: string;
let stubDist: string;
let config: Configuration;
let build: LinuxDirBuild;
let entries: string[];
let runtimePackages: ReadonlySet<string>;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'tapdesk-package-'));
  stubDist = join(scratch, 'stub-electron');
  mkdirSync(stubDist);
  writeStubElectronDist(stubDist);
  await ensureBuilt(projectDir);
  config = await loadBuilderConfig(projectDir, builderConfigFile);
  build = await packageLinuxDir({
    projectDir,
    configPath: join(projectDir, builderConfigFile),
    electronDist: stubDist,
    outputDir: join(scratch, 'dist'),
    executableName: config.executableName ?? 'tap-desk',
  });
  entries = listAsar(build.asar);
  const closure = productionClosure(projectDir);
  expect(closure.missing).toEqual([]);
  runtimePackages = closure.names;
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('packaged fuses', () => {
  it('match the fuse policy when read back from the executable', async () => {
    expect(binaryFuseProblems(await readFuseWire(build.executable))).toEqual([]);
  });

  it('were each flipped by the build (the stub starts with Electron defaults opposite the policy)', async () => {
    const wire = await readFuseWire(build.executable);
    for (const name of Object.keys(requiredFuses) as FuseName[]) {
      const index = fuseIndex[name];
      expect(electronDefaultWire[index], name).not.toBe(wire[index]);
    }
  });

  it('fail the check on a stub executable nobody flipped', async () => {
    const problems = binaryFuseProblems(await readFuseWire(join(stubDist, 'electron')));
    expect(problems).toHaveLength(Object.keys(requiredFuses).length);
  });
});

describe('packaged app.asar', () => {
  it('holds only out/, package.json and the runtime dependency closure', () => {
    expect(asarProblems(entries, { runtimePackages })).toEqual([]);
  });

  it('carries every package main imports', () => {
    const shipped = asarPackages(entries);
    for (const name of importedPackages(join(projectDir, 'out', 'main')))
      expect(shipped, name).toContain(name);
  });

  it('holds a package.json whose main entry is in the archive and that has no scripts', () => {
    const manifest = JSON.parse(extractFile(build.asar, 'package.json').toString('utf8')) as Record<
      string,
      unknown
    >;
    expect(entries).toContain(`/${String(manifest['main'])}`);
    expect(manifest['scripts']).toBeUndefined();
  });

  it('has a preload that requires nothing a sandboxed preload cannot load', () => {
    const preload = readFileSync(join(projectDir, 'out', 'preload', 'index.cjs'), 'utf8');
    expect(preloadRequireProblems(preload)).toEqual([]);
    expect(preloadRequireProblems('require("electron"); require("zod")')).toEqual([
      'preload requires zod',
    ]);
  });

  it('is flagged when a source map, a test, a TypeScript source or a dev dependency leaks in', () => {
    const leaked = [
      ...entries,
      '/out/main/index.js.map',
      '/out/main/handlers.test.js',
      '/test/unit/handoff/vault.test.ts',
      '/node_modules/vitest/package.json',
    ];
    expect(asarProblems(leaked, { runtimePackages })).toEqual([
      'source map: /out/main/index.js.map',
      'test file: /out/main/handlers.test.js',
      'not in the files allow-list: /test/unit/handoff/vault.test.ts',
      'TypeScript source: /test/unit/handoff/vault.test.ts',
      'test file: /test/unit/handoff/vault.test.ts',
      'not a runtime dependency: node_modules/vitest',
    ]);
  });
});

describe('packaged resources', () => {
  it('put the example machine policy beside the app', () => {
    const shipped = readFileSync(join(build.resourcesDir, 'policy.example.json'), 'utf8');
    expect(shipped).toBe(
      readFileSync(join(projectDir, 'resources', 'policy.example.json'), 'utf8'),
    );
  });

  it('carry the ADMX/ADML and .mobileconfig generated from this build\'s field table', () => {
    const version = (
      JSON.parse(readFileSync(join(projectDir, 'package.json'), 'utf8')) as { version: string }
    ).version;
    const expected = generateTemplates(version);
    const folder = join(build.resourcesDir, 'policy-templates');
    for (const key of Object.keys(templateFiles) as (keyof typeof templateFiles)[])
      expect(readFileSync(join(folder, templateFiles[key]), 'utf8'), key).toBe(expected[key]);
  });

  it('keep only the en-US locale', () => {
    expect(readdirSync(join(build.appOutDir, 'locales'))).toEqual(['en-US.pak']);
  });

  it("keep Electron's licence next to the executable", () => {
    expect(existsSync(join(build.appOutDir, 'LICENSE.electron.txt'))).toBe(true);
  });
});

describe('packaged main under plain Node', () => {
  let appDir: string;

  beforeAll(() => {
    appDir = join(scratch, 'startup');
    extractWithFakeElectron(build.asar, appDir, join(scratch, 'user-data'));
  });

  it('resolves every import and runs until it waits for Electron', async () => {
    await expect(startPackagedMain(appDir)).resolves.toMatchObject({ ok: true });
  });

  it('fails, naming the package, when a runtime dependency is missing from the package', async () => {
    const [dependency = ''] = importedPackages(join(projectDir, 'out', 'main'));
    expect(dependency, 'main imports at least one runtime package').not.toBe('');
    const installed = join(appDir, 'node_modules', dependency);
    const aside = join(scratch, 'removed-dependency');
    renameSync(installed, aside);
    try {
      const result = await startPackagedMain(appDir);
      expect(result).toMatchObject({ ok: false, code: 'ERR_MODULE_NOT_FOUND' });
      expect(result.ok ? '' : result.message).toContain(dependency);
    } finally {
      renameSync(aside, installed);
    }
  });
});

describe('a build from a mutated copy of the configuration', () => {
  // One extra build with a flipped fuse and a loosened allow-list. Its dependencies are left
  // out (`!node_modules/**`) only to keep it quick; the checks below do not depend on them.
  let mutant: LinuxDirBuild;
  let mutantEntries: string[];

  beforeAll(async () => {
    const copy = writeConfigCopy(config, mkdtempSync(join(scratch, 'mutant-config-')), (c) => {
      section(c, 'electronFuses')['runAsNode'] = true;
      // Someone "simplifies" the allow-list: the exclusions go and a test folder comes in.
      c['files'] = ['out/**', 'package.json', 'test/packaging/**', '!node_modules/**'];
    });
    const mutantDist = join(scratch, 'stub-electron-mutant');
    mkdirSync(mutantDist);
    writeStubElectronDist(mutantDist);
    mutant = await packageLinuxDir({
      projectDir,
      configPath: copy,
      electronDist: mutantDist,
      outputDir: join(scratch, 'dist-mutant'),
      executableName: config.executableName ?? 'tap-desk',
    });
    mutantEntries = listAsar(mutant.asar);
  });

  it('fails the fuse check on the flipped fuse, and only on it', async () => {
    expect(binaryFuseProblems(await readFuseWire(mutant.executable))).toEqual([
      'fuse runAsNode is enabled, must be disabled',
    ]);
  });

  it('fails the content check on the test files that leaked into the asar', () => {
    const problems = asarProblems(mutantEntries, { runtimePackages });
    expect(problems).toContain('not in the files allow-list: /test/packaging/package.test.ts');
    expect(problems).toContain('TypeScript source: /test/packaging/package.test.ts');
    expect(problems).toContain('test file: /test/packaging/package.test.ts');
  });
});
