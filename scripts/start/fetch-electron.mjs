/**
 * Fetches the Electron binary with Electron's own installer (node_modules/electron/install.js,
 * which uses @electron/get), so everything it honours still applies: ELECTRON_MIRROR and its
 * custom dir/file names, electron_config_cache and a pre-seeded cache, HTTP(S)_PROXY and NO_PROXY,
 * remote checksums. The wait is bounded: the installer is stopped when
 * nothing has arrived for `stallSeconds`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const progressHook = fileURLToPath(new URL('./download-progress.cjs', import.meta.url));

/**
 * The installer's environment. ELECTRON_CACHE is the name people (and older tools) use for the
 * download cache; @electron/get 5 reads only electron_config_cache, so map it. It also ignores
 * HTTP(S)_PROXY unless ELECTRON_GET_USE_PROXY is set, which behind a corporate proxy reads as
 * "offline": turn it on wherever a proxy is configured.
 */
export function installerEnv(env) {
  const mapped = { ...env };
  if (!mapped.electron_config_cache && env.ELECTRON_CACHE)
    mapped.electron_config_cache = env.ELECTRON_CACHE;
  const proxied = Object.keys(env).some((key) => /^(https?|all)_proxy$/i.test(key) && env[key]);
  if (proxied && mapped.ELECTRON_GET_USE_PROXY === undefined) mapped.ELECTRON_GET_USE_PROXY = '1';
  return mapped;
}

/** The one reason to show for a failed install, from the installer's stderr; never a stack. */
export function failureReason(stderr, code) {
  const lines = stderr.split('\n').map((line) => line.trim());
  const named = lines.find((line) => line.startsWith('tap-desk-fetch-error: '));
  if (named) return named.slice('tap-desk-fetch-error: '.length);
  const first = lines.find((line) => line !== '' && !line.startsWith('at '));
  return first ? first.replace(/^(\w*Error): /, '') : `the installer exited with code ${code}`;
}

/**
 * Runs the installer in `packageDir`, echoing its progress lines through `print`.
 * @returns {Promise<{ ok: true } | { ok: false, reason: string }>}
 */
export function fetchElectron({ packageDir, env, stallSeconds, print }) {
  // The installer downloads into a temp folder it removes only when it finishes; one it is
  // stopped in is ours to remove, so give it a folder of its own.
  const scratch = mkdtempSync(join(tmpdir(), 'tap-desk-electron-fetch-'));
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--require', progressHook, join(packageDir, 'install.js')],
      {
        cwd: packageDir,
        env: { ...installerEnv(env), TMPDIR: scratch, TEMP: scratch, TMP: scratch },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    let stalled = false;
    let timer;
    const armStallTimer = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        stalled = true;
        child.kill();
      }, stallSeconds * 1000);
    };
    armStallTimer();
    child.stdout.setEncoding('utf8').on('data', (text) => {
      armStallTimer();
      for (const line of text.split('\n')) if (line.trim() !== '') print(line.trimEnd());
    });
    child.stderr.setEncoding('utf8').on('data', (text) => {
      armStallTimer();
      if (stderr.length < 65_536) stderr += text;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      removeScratch();
      resolve({ ok: false, reason: error.message });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      removeScratch();
      if (stalled) resolve({ ok: false, reason: `nothing arrived for ${stallSeconds} s` });
      else if (code === 0) resolve({ ok: true });
      else resolve({ ok: false, reason: failureReason(stderr, code) });
    });
  });
}
