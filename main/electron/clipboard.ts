import { clipboard } from 'electron';
import type { Clipboard } from '../ports';

/**
 * The system clipboard, written only from main so main can clear it.
 *
 * Electron 45's clipboard is asynchronous (`readText`/`writeText` return promises), so this
 * adapter needs the Clipboard port to be async too; see the shell report for the port change.
 */
export const electronClipboard: Clipboard = {
  readText: () => clipboard.readText(),
  writeText: (text) => clipboard.writeText(text),
  clear: () => clipboard.clear(),
};
