/**
 * The application menu, cut to what the app needs. Electron's default menu brings Edit (copy),
 * View (reload, developer tools) and Window roles to every window; a copy through it would put a
 * pass on the clipboard with no clear timer. Windows and Linux get no menu at all (text fields
 * still take Ctrl+C/V from Chromium itself). macOS needs an Edit menu for Cmd+C/V to reach text
 * fields at all, so it keeps the app menu and the standard Edit items; the handoff region
 * refuses the copy event those items fire (renderer/features/handoff/copy-seal.ts).
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';

/** The menu template for `platform`, or null for no menu. */
export function menuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null;
  return [
    { role: 'appMenu' },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
  ];
}

/** Replaces Electron's default menu. Call before the first window opens. */
export function installMinimalMenu(platform: NodeJS.Platform = process.platform): void {
  const template = menuTemplate(platform);
  Menu.setApplicationMenu(template === null ? null : Menu.buildFromTemplate(template));
}
