/**
 * `npm start` where no Electron binary is installed yet: it fetches one with Electron's own
 * installer and runs it, or, when the fetch fails, says why in one sentence and opens the
 * preview. Everything is on loopback: a stub release on a local mirror, or a closed port.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closedPort,
  electronVersion,
  projectCopy,
  sha256,
  startMirror,
  stubElectronZip,
  zipName,
  type Mirror,
} from './stub-electron';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function tempProject(checksums?: Record<string, string>): string {
  const project = projectCopy(checksums);
  cleanups.push(() => rmSync(project, { recursive: true, force: true }));
  return project;
}

async function mirrorOf(zip: Buffer, options: { hang?: boolean } = {}): Promise<Mirror> {
  const mirror = await startMirror(zip, options);
  cleanups.push(() => mirror.close());
  return mirror;
}

/** The temp folder `npm start` sees, so a test can tell that it was left empty. */
function scratchOf(project: string): string {
  const scratch = join(project, 'tmp');
  mkdirSync(scratch, { recursive: true });
  return scratch;
}

/** The environment of a machine that has never fetched Electron, pointed at `mirror`. */
function freshEnv(
  project: string,
  mirror: string,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env))
    if (!/electron|proxy/i.test(key)) env[key] = value;
  return {
    ...env,
    ELECTRON_MIRROR: mirror,
    ELECTRON_CACHE: join(project, 'electron-cache'),
    TAPDESK_STUB_RECORD: join(project, 'record.txt'),
    TAPDESK_ELECTRON_STALL_SECONDS: '10',
    TMPDIR: scratchOf(project),
    CI: '1',
    ...extra,
  };
}

/** Runs `node scripts/start.mjs` in `project` to its end. */
function start(
  project: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; out: string; err: string; ms: number }> {
  const began = Date.now();
  const child = spawn(process.execPath, [join(project, 'scripts', 'start.mjs')], {
    cwd: project,
    env,
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (err += text));
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, out, err, ms: Date.now() - began })),
  );
}

const recorded = (project: string) =>
  readFileSync(join(project, 'record.txt'), 'utf8').trim().split('\n');

describe.runIf(process.platform === 'linux')('npm start without an Electron binary', () => {
  it("fetches the binary from ELECTRON_MIRROR with Electron's installer, shows progress, and runs it with the app", async () => {
    const zip = stubElectronZip();
    const mirror = await mirrorOf(zip);
    const project = tempProject();

    const result = await start(
      project,
      freshEnv(project, mirror.url, { electron_use_remote_checksums: '1' }),
    );

    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Fetching the Electron');
    expect(result.out).toMatch(
      new RegExp(
        `Fetching ${zipName.replace(/\./g, '\\.')}: [\\d.]+ [KM]B of [\\d.]+ [KM]B \\(100%\\)`,
      ),
    );
    expect(mirror.requests).toEqual(
      expect.arrayContaining([
        expect.stringContaining(zipName),
        expect.stringContaining('SHASUMS256.txt'),
      ]),
    );
    expect(recorded(project)).toEqual([project, '.']);
  }, 30_000);

  it('uses a pre-seeded ELECTRON_CACHE with no network at all', async () => {
    const zip = stubElectronZip();
    const mirror = await startMirror(zip);
    const seeding = tempProject();
    const cache = join(seeding, 'electron-cache');
    await start(seeding, freshEnv(seeding, mirror.url, { electron_use_remote_checksums: '1' }));
    await mirror.close();

    // Same mirror address, now closed; checksums from the package, as install.js does by default.
    const project = tempProject({ [zipName]: sha256(zip) });
    const result = await start(project, freshEnv(project, mirror.url, { ELECTRON_CACHE: cache }));

    expect(result.code).toBe(0);
    expect(recorded(project)).toEqual([project, '.']);
  }, 30_000);

  it('on a closed port says why in one sentence and opens the preview within 15 s', async () => {
    const project = tempProject();
    const port = await closedPort();

    const result = await start(project, freshEnv(project, `http://127.0.0.1:${port}/`));

    expect(result.ms).toBeLessThan(15_000);
    expect(recorded(project)).toEqual(['preview', '--open']);
    const sentence = result.out
      .split('\n')
      .find((line) => line.startsWith('TAP Desk cannot run in Electron here'));
    expect(sentence).toContain(`could not reach 127.0.0.1:${port} (ECONNREFUSED)`);
    expect(sentence).toMatch(/browser preview on the demo tenant/);
    expect(`${result.out}\n${result.err}`).not.toMatch(/^\s+at /m);
  }, 30_000);

  it('goes through HTTP_PROXY when one is set', async () => {
    const proxy = await mirrorOf(stubElectronZip());
    const project = tempProject();
    const env = freshEnv(project, 'http://electron-mirror.invalid/', {
      electron_use_remote_checksums: '1',
      HTTP_PROXY: proxy.url,
    });

    const result = await start(project, env);

    expect(result.code).toBe(0);
    expect(proxy.requests).toContain('CONNECT electron-mirror.invalid:80');
    expect(proxy.requests).toContain(`/v${electronVersion}/${zipName}`);
    expect(recorded(project)).toEqual([project, '.']);
  }, 30_000);

  it('stops waiting when nothing arrives, and opens the preview', async () => {
    const mirror = await mirrorOf(stubElectronZip(), { hang: true });
    const project = tempProject();

    const result = await start(
      project,
      freshEnv(project, mirror.url, { TAPDESK_ELECTRON_STALL_SECONDS: '1' }),
    );

    expect(mirror.requests.length).toBeGreaterThan(0);
    expect(recorded(project)).toEqual(['preview', '--open']);
    expect(result.out).toContain('TAP Desk cannot run in Electron here (nothing arrived for 1 s)');
    // The stopped installer's half-done download folder is removed too (tsx's cache may stay).
    expect(readdirSync(scratchOf(project)).filter((name) => !name.startsWith('tsx-'))).toEqual([]);
  }, 30_000);
});
