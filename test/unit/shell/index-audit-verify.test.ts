import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('main/shell/index.ts started with --audit-verify', () => {
  const argv = process.argv;
  const printed: string[] = [];
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'tap-verify-switch-'));
    await writeFile(join(folder, 'empty.json'), '[]');
    process.argv = [argv[0]!, '--audit-verify', join(folder, 'empty.json')];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    try {
      await import('../../../main/shell/index');
      await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalled());
    } finally {
      process.argv = argv;
      vi.mocked(process.stdout.write).mockRestore();
    }
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('runs the verifier, prints its report and exits with its status, opening nothing', () => {
    expect(electron.app.exit).toHaveBeenCalledExactlyOnceWith(0);
    expect(printed.join('')).toContain('0 records from 1 files');
    expect(electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });
});
