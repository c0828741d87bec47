/**
 * Leave nothing behind: the harness (behind the preview, the end-to-end tests and the bench)
 * removes the temp data folder it made when it stops, unless asked to keep it for debugging.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHarness } from '../../harness/server';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const made: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A harness that serves nothing (no renderer needed) and its data folder. */
async function startAndStop(
  options: { keepUserData?: boolean; userData?: string } = {},
): Promise<string> {
  const harness = await startHarness({ rendererDir: join(root, 'no-renderer-here'), ...options });
  made.push(harness.userData);
  expect(existsSync(harness.userData)).toBe(true);
  await harness.stop();
  return harness.userData;
}

describe('harness data folder', () => {
  it('is removed on stop', async () => {
    expect(existsSync(await startAndStop())).toBe(false);
  });

  it('is kept when asked, by option or by TAPDESK_KEEP_DATA=1', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(existsSync(await startAndStop({ keepUserData: true }))).toBe(true);
    vi.stubEnv('TAPDESK_KEEP_DATA', '1');
    expect(existsSync(await startAndStop())).toBe(true);
  });

  it('is never removed when the caller brought it', async () => {
    const own = mkdtempSync(join(tmpdir(), 'tap-desk-own-data-'));
    made.push(own);
    expect(existsSync(await startAndStop({ userData: own }))).toBe(true);
  });
});

describe('a late write after stop', () => {
  it('is removed again when the process exits', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'tap-desk-late-write-'));
    made.push(scratch);
    const script = join(scratch, 'late-write.mts');
    const server = pathToFileURL(join(root, 'test/harness/server.ts')).href;
    writeFileSync(
      script,
      [
        `import { mkdirSync, writeFileSync } from 'node:fs';`,
        `import { startHarness } from ${JSON.stringify(server)};`,
        `const harness = await startHarness({ rendererDir: '/nowhere' });`,
        `await harness.stop();`,
        // What a journal append still in flight at stop does: recreate the folder and write.
        `mkdirSync(harness.userData + '/audit', { recursive: true });`,
        `writeFileSync(harness.userData + '/audit/journal-0001.jsonl', '{}');`,
        `console.log(harness.userData);`,
      ].join('\n'),
    );
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.TAPDESK_KEEP_DATA;
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: root, env });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (out += text));
    await new Promise((exited) => child.on('exit', exited));

    const folder = out.trim();
    expect(folder).toContain('tap-desk-harness-');
    expect(existsSync(folder)).toBe(false);
  }, 30_000);
});

describe.runIf(process.platform !== 'win32' && existsSync(join(root, 'out/renderer/index.html')))(
  'npm run preview',
  () => {
    it('removes its data folder when stopped', async () => {
      const scratch = mkdtempSync(join(tmpdir(), 'tap-desk-preview-test-'));
      made.push(scratch);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        TMPDIR: scratch,
        CI: '1',
        TAP_DESK_PREVIEW_PORT: '',
      };
      delete env.TAPDESK_KEEP_DATA;
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/harness/preview.ts'], {
        cwd: root,
        env,
      });
      await new Promise<void>((ready, failed) => {
        child.stdout
          .setEncoding('utf8')
          .on('data', (text: string) => text.includes('TAP Desk preview') && ready());
        child.on('exit', (code) => failed(new Error(`preview exited early (${code})`)));
      });
      const harnessFolders = () =>
        readdirSync(scratch).filter((name) => name.startsWith('tap-desk-harness-'));
      expect(harnessFolders()).toHaveLength(1);

      child.kill('SIGTERM');
      await new Promise((exited) => child.on('exit', exited));

      expect(harnessFolders()).toEqual([]);
    }, 30_000);
  },
);
