import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('main/shell/index.ts in a packaged app started with --remote-debugging-port', () => {
  const argv = process.argv;
  const errors: unknown[] = [];
  beforeAll(async () => {
    process.argv = [argv[0]!, '--remote-debugging-port=9222'];
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => void errors.push(line));
    try {
      await import('../../../main/shell/index');
    } finally {
      process.argv = argv;
    }
  });

  it('quits with one sentence, shown and printed, before anything else starts', () => {
    const sentence =
      'TAP Desk does not start with the debugging switch --remote-debugging-port: remove it and start TAP Desk again.';
    expect(electron.app.exit).toHaveBeenCalledExactlyOnceWith(1);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledExactlyOnceWith('TAP Desk', sentence);
    expect(errors).toEqual([sentence]);
    expect(electron.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });
});
