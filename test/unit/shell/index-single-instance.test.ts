import { describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

describe('main/shell/index.ts when another instance holds the lock', () => {
  it('quits without opening a window or registering anything', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../../main/shell/index');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });
});
