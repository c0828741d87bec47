#!/usr/bin/env node
/**
 * `npm run dist`: build with electron-vite, then package with electron-builder for this host's
 * targets (electron-builder.yml). electron-builder downloads the Electron zip and its toolsets
 * (fpm, AppImage, NSIS, WiX, 7-Zip); where this machine cannot fetch one, this script prints ONE
 * message naming the artifact and how to pre-seed it, and exits 1. It never waits on a stalled
 * network: it checks reachability first and kills electron-builder when it stops making progress.
 *
 *   npm run dist                       this host's targets
 *   npm run dist -- --linux dir        any electron-builder arguments instead
 *   TAPDESK_ELECTRON_DIST=/abs/electron-v45.5.0-linux-x64.zip npm run dist
 *   TAPDESK_DIST_STALL_SECONDS=300     progress timeout (default 180)
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(projectDir, 'package.json'));
const stallSeconds = Number(process.env.TAPDESK_DIST_STALL_SECONDS ?? '180');
const hostFlag = { linux: '--linux', win32: '--win', darwin: '--mac' }[process.platform];
const platformName =
  { linux: 'linux', win32: 'win32', darwin: 'darwin' }[process.platform] ?? process.platform;
const networkFailure =
  /\b(ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNREFUSED|ECONNRESET|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up|Failed to download artifact|unable to get local issuer certificate|self[- ]signed certificate|Response code [45]\d\d)\b/;

/** Prints the one message and leaves with `code`. */
function fail(message, code = 1) {
  process.stderr.write(`\nnpm run dist: ${message}\n`);
  process.exit(code);
}

/** Runs a Node CLI with inherited output; resolves with its exit code. */
function runInherited(script, args) {
  return new Promise((done) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: projectDir, stdio: 'inherit' });
    child.on('close', (code) => done(code ?? 1));
  });
}

/** True when `host` resolves within five seconds. DNS failing means no download can work. */
async function canResolve(host) {
  const timeout = new Promise((done) => setTimeout(() => done(false), 5_000).unref());
  return Promise.race([
    lookup(host).then(
      () => true,
      () => false,
    ),
    timeout,
  ]);
}

function electronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

/** @electron/get's cache root, where electron-builder looks for the Electron zip. */
function electronCacheRoot() {
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'electron');
  if (process.platform === 'win32')
    return join(process.env.LOCALAPPDATA ?? homedir(), 'electron', 'Cache');
  return join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron');
}

function electronZipCached(zipName) {
  const root = electronCacheRoot();
  if (!existsSync(root)) return false;
  return readdirSync(root, { withFileTypes: true }).some(
    (entry) => entry.isDirectory() && existsSync(join(root, entry.name, zipName)),
  );
}

function configuredElectronDist(args) {
  if (process.env.TAPDESK_ELECTRON_DIST) return resolve(process.env.TAPDESK_ELECTRON_DIST);
  if (args.some((arg) => arg.includes('electronDist'))) return 'from the command line';
  const config = readFileSync(join(projectDir, 'electron-builder.yml'), 'utf8');
  return /^electronDist:/m.test(config) ? 'from electron-builder.yml' : null;
}

/**
 * Runs electron-builder, echoing its progress lines but not its failure (a stack trace), and
 * killing it when it prints nothing for `stallSeconds`. Resolves with what the caller needs.
 */
function runBuilder(args) {
  const cli = require.resolve('electron-builder/cli.js');
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: projectDir,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    const lines = [];
    let failed = false;
    let stalled = false;
    let pending = '';
    let watchdog;
    const arm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        stalled = true;
        try {
          // Negative pid: the whole group, so electron-builder's own children go too.
          process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGTERM');
        } catch {
          child.kill('SIGTERM');
        }
      }, stallSeconds * 1_000);
    };
    const onData = (chunk) => {
      arm();
      pending += chunk.toString();
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        // electron-builder prints its error as "⨯ message … stackTrace=…" plus "at …" lines.
        if (/^\s*⨯/.test(line)) failed = true;
        if (!failed)
          process.stdout.write(`${line.length > 400 ? `${line.slice(0, 400)}…` : line}\n`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    arm();
    child.on('close', (code) => {
      clearTimeout(watchdog);
      if (pending !== '') lines.push(pending);
      done({ code: code ?? 1, stalled, output: lines });
    });
  });
}

/** What electron-builder was doing last: the Electron download or a target's toolset. */
function lastActivity(output) {
  let target = null;
  let downloading = null;
  for (const line of output) {
    const building = /•\s+building\s+target=(\S+)/.exec(line);
    if (building) target = building[1];
    if (/•\s+packaging\s/.test(line)) target = null;
    const file = /•\s+downloading\s+.*\b(?:file|label)=(\S+)/.exec(line);
    if (file) downloading = file[1];
  }
  return { target, downloading };
}

/** Which download a target needs, in electron-builder 26.17's toolset names. */
function toolsetFor(target, downloading) {
  if (downloading) return downloading;
  const byTarget = {
    deb: 'the fpm toolset (fpm@2.1.4) and 7-Zip',
    rpm: 'the fpm toolset (fpm@2.1.4) and 7-Zip',
    pacman: 'the fpm toolset (fpm@2.1.4) and 7-Zip',
    AppImage: 'the AppImage toolset',
    nsis: 'the NSIS toolsets (nsis, nsis-resources) and 7-Zip',
    msi: 'the WiX toolset',
    zip: '7-Zip',
    dmg: 'the dmg toolset',
  };
  return byTarget[target] ?? `a toolset for the ${target ?? 'current'} target`;
}

/** The one message: what could not be fetched, and how to pre-seed it. */
function preSeedMessage(what) {
  const guide = 'See docs/deployment.md, "Building offline".';
  if (what.kind === 'electron') {
    return [
      `could not fetch the Electron zip ${what.zipName} (${what.reason}); nothing was packaged.`,
      'Pre-seed it, then run again. Either:',
      `  - point electronDist at it: TAPDESK_ELECTRON_DIST=/abs/path/${what.zipName} npm run dist`,
      '    (a zip, a folder holding the zip, or an unpacked Electron), or',
      `  - copy the Electron download cache from a machine that has built once: ${electronCacheRoot()}/<hash>/${what.zipName}`,
      `    plus ${electronCacheRoot()}/SHASUMS256.txt-${what.version}.`,
      guide,
    ].join('\n');
  }
  return [
    `could not fetch ${what.toolset}, needed for the ${what.target ?? 'requested'} target (${what.reason}).`,
    'Pre-seed it, then run again. Either:',
    "  - copy electron-builder's cache from a machine that has built once and set",
    '    ELECTRON_BUILDER_CACHE=/abs/path/to/that/cache (it holds <release>/<archive>), or',
    '  - use local tools: ELECTRON_BUILDER_7ZIP_PATH=/usr/bin/7za, USE_SYSTEM_FPM=true (fpm on PATH),',
    '    APPIMAGE_TOOLS_PATH=/abs/dir, ELECTRON_BUILDER_NSIS_DIR=/abs/dir, or',
    '  - build only what needs no download: npm run dist -- --linux dir',
    guide,
  ].join('\n');
}

async function main() {
  const userArgs = process.argv.slice(2);
  if (userArgs.length === 0 && hostFlag === undefined)
    fail(`no default targets for ${process.platform}; pass electron-builder arguments`);
  const builderArgs = userArgs.length > 0 ? [...userArgs] : [hostFlag];
  if (!builderArgs.includes('--publish')) builderArgs.push('--publish', 'never');
  const electronDist = configuredElectronDist(builderArgs);
  if (process.env.TAPDESK_ELECTRON_DIST) builderArgs.push(`-c.electronDist=${electronDist}`);

  const version = electronVersion();
  const arch = process.arch;
  const zipName = `electron-v${version}-${platformName}-${arch}.zip`;
  const mirror = process.env.ELECTRON_MIRROR
    ? new URL(process.env.ELECTRON_MIRROR).hostname
    : 'github.com';
  const online = await canResolve(mirror);
  if (!online && electronDist === null && !electronZipCached(zipName)) {
    fail(
      preSeedMessage({
        kind: 'electron',
        zipName,
        version,
        reason: `${mirror} does not resolve from here`,
      }),
    );
  }

  const viteCli = join(
    dirname(require.resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  );
  const buildCode = await runInherited(viteCli, ['build']);
  if (buildCode !== 0)
    fail('the electron-vite build failed (see above); nothing was packaged.', buildCode);

  const result = await runBuilder(builderArgs);
  if (result.code === 0 && !result.stalled) {
    // Admins import these without unpacking an installer: put them in the release folder too.
    cpSync(join(projectDir, 'build', 'policy-templates'), join(projectDir, 'dist', 'policy-templates'), {
      recursive: true,
    });
    process.stdout.write(`\nnpm run dist: packages and policy templates are in ${join(projectDir, 'dist')}\n`);
    return;
  }
  const { target, downloading } = lastActivity(result.output);
  const errorLine = result.output.find((line) => /^\s*⨯/.test(line)) ?? '';
  const reason = result.stalled
    ? `no progress for ${stallSeconds} s, most likely a download that cannot complete`
    : (/⨯\s*(.*?)(?:\s+failedTask=|\s+stackTrace=|$)/.exec(errorLine)?.[1] ?? 'unknown error');
  if (result.stalled || networkFailure.test(errorLine)) {
    if (target === null && electronDist === null) {
      fail(preSeedMessage({ kind: 'electron', zipName, version, reason }));
    }
    fail(
      preSeedMessage({ kind: 'toolset', toolset: toolsetFor(target, downloading), target, reason }),
    );
  }
  fail(`electron-builder failed: ${reason}`, result.code === 0 ? 1 : result.code);
}

main().catch((error) =>
  fail(`unexpected error: ${error instanceof Error ? error.message : String(error)}`),
);
