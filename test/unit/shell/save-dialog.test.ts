import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { electronSaveDialog } = await import('../../../main/electron/save-dialog');

const request = { title: 'Export the audit journal', defaultName: 'tap-desk-audit-x.csv' };

beforeEach(() => {
  electron.dialog.showSaveDialog.mockClear();
  electron.BrowserWindow.focused = null;
  electron.dialog.saveAnswer = { canceled: true, filePath: '' };
});

describe('electronSaveDialog', () => {
  it('asks with the native dialog, modal to the focused window, suggesting the name with a CSV filter', async () => {
    const window = new electron.BrowserWindow({});
    electron.BrowserWindow.focused = window;
    electron.dialog.saveAnswer = { canceled: false, filePath: '/home/tech/exports/audit.csv' };
    await expect(electronSaveDialog.choose(request)).resolves.toEqual({
      kind: 'path',
      path: '/home/tech/exports/audit.csv',
    });
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      title: 'Export the audit journal',
      defaultPath: '/tmp/tap-desk-fake-user-data/tap-desk-audit-x.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect((options as { properties: string[] }).properties).toContain('showOverwriteConfirmation');
  });

  it('still asks when no window has focus', async () => {
    electron.dialog.saveAnswer = { canceled: false, filePath: '/tmp/a.csv' };
    await expect(electronSaveDialog.choose(request)).resolves.toEqual({ kind: 'path', path: '/tmp/a.csv' });
    expect(electron.dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ title: request.title });
  });

  it('reports a cancelled dialog as cancelled', async () => {
    await expect(electronSaveDialog.choose(request)).resolves.toEqual({ kind: 'cancelled' });
  });

  it('writes exactly where chosen: no extension added, a relative answer refused', async () => {
    electron.dialog.saveAnswer = { canceled: false, filePath: '/tmp/no-extension' };
    await expect(electronSaveDialog.choose(request)).resolves.toEqual({ kind: 'path', path: '/tmp/no-extension' });
    electron.dialog.saveAnswer = { canceled: false, filePath: 'relative.csv' };
    await expect(electronSaveDialog.choose(request)).resolves.toEqual({ kind: 'cancelled' });
  });
});
