import { BrowserWindow, app, dialog } from 'electron';
import { isAbsolute, join } from 'node:path';
import type { SaveDialog } from '../kernel/ports';

/**
 * The native save dialog, attached to our window when it has focus (so it is modal to it).
 * Starts in Documents: the journal's own folder is the app's, not a place to leave exports.
 */
export const electronSaveDialog: SaveDialog = {
  async choose({ title, defaultName }) {
    const options = {
      title,
      defaultPath: join(app.getPath('documents'), defaultName),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
    };
    const parent = BrowserWindow.getFocusedWindow();
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    // Written exactly where chosen: adding ".csv" could replace a file the dialog never asked about.
    if (result.canceled || !result.filePath || !isAbsolute(result.filePath)) return { kind: 'cancelled' };
    return { kind: 'path', path: result.filePath };
  },
};
