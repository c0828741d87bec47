/**
 * Runs electron-builder's CLI for `--linux dir` against a stub Electron distribution, fully
 * offline: `electronDist` replaces the Electron download and the dir target needs no toolset.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** Where a `--linux dir` build put things. */
export interface LinuxDirBuild {
  readonly appOutDir: string;
  readonly asar: string;
  readonly executable: string;
  readonly resourcesDir: string;
}

/** What to package and where. */
export interface PackageOptions {
  readonly projectDir: string;
  readonly configPath: string;
  readonly electronDist: string;
  readonly outputDir: string;
  readonly executableName: string;
  readonly timeoutMs?: number;
}

/** Packages the project; rejects with the tail of electron-builder's output on failure. */
export async function packageLinuxDir(options: PackageOptions): Promise<LinuxDirBuild> {
  const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
  const args = [
    cli,
    '--linux',
    'dir',
    '--x64',
    '--publish',
    'never',
    '--projectDir',
    options.projectDir,
    '--config',
    options.configPath,
    `-c.electronDist=${options.electronDist}`,
    `-c.directories.output=${options.outputDir}`,
  ];
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true' };
  // The test runner's loaders must not follow electron-builder into its child processes.
  delete env['NODE_OPTIONS'];
  const child = spawn(process.execPath, args, {
    cwd: options.projectDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: options.timeoutMs ?? 240_000,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('close', (code, killedBy) => done([code, killedBy])),
  );
  const appOutDir = join(options.outputDir, 'linux-unpacked');
  const build: LinuxDirBuild = {
    appOutDir,
    asar: join(appOutDir, 'resources', 'app.asar'),
    executable: join(appOutDir, options.executableName),
    resourcesDir: join(appOutDir, 'resources'),
  };
  if (exitCode !== 0 || !existsSync(build.asar)) {
    const how = signal === null ? `exit ${String(exitCode)}` : `killed by ${signal}`;
    // Skip electron-builder's very long dependency dumps so the actual error stays visible.
    const tail = output
      .split('\n')
      .filter((line) => line.length < 1_000)
      .slice(-40)
      .join('\n');
    throw new Error(`electron-builder --linux dir failed (${how}):\n${tail}`);
  }
  return build;
}
