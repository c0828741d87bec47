import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('main/shell/index.ts when Chromium holds a debugging switch argv does not show', () => {
  beforeAll(async () => {
    electron.app.commandLine.switches.add('remote-debugging-pipe');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import('../../../main/shell/index');
  });

  it('still refuses to start', () => {
    expect(electron.app.exit).toHaveBeenCalledExactlyOnceWith(1);
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });
});
