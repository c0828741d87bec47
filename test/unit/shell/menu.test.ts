import { describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { installMinimalMenu, menuTemplate } = await import('../../../main/electron/menu');

/** Every role anywhere in a template. */
function roles(template: ReturnType<typeof menuTemplate>): string[] {
  const out: string[] = [];
  const walk = (items: readonly { role?: string; submenu?: unknown }[]) => {
    for (const item of items) {
      if (item.role) out.push(item.role);
      if (Array.isArray(item.submenu)) walk(item.submenu as { role?: string }[]);
    }
  };
  walk(template ?? []);
  return out;
}

describe('the application menu', () => {
  it('Windows and Linux: no menu at all, so no Edit, View (devtools, reload) or Window roles', () => {
    expect(menuTemplate('win32')).toBeNull();
    expect(menuTemplate('linux')).toBeNull();
    installMinimalMenu('linux');
    expect(electron.Menu.setApplicationMenu).toHaveBeenLastCalledWith(null);
  });

  it('macOS: the app menu and the Edit items text fields need, nothing else', () => {
    expect(roles(menuTemplate('darwin'))).toEqual([
      'appMenu',
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
    ]);
    installMinimalMenu('darwin');
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledWith(menuTemplate('darwin'));
  });
});
