import { clipboard, ClipboardItem } from 'electron';
import { concealedFormats, rawFormat } from '../handoff/concealed-formats';
import type { Clipboard } from '../kernel/ports';

/**
 * The system clipboard, written only from main so main can clear it.
 *
 * A secret goes in one atomic `clipboard.write()`: the plain text plus the platform's "do not
 * record this" markers (see concealed-formats.ts). Written separately, a clipboard manager could
 * see the text before the marker arrives.
 */
export function createElectronClipboard(platform: NodeJS.Platform = process.platform): Clipboard {
  return {
    readText: () => clipboard.readText(),
    async writeSecret(text) {
      const entries: Record<string, string | Blob> = { 'text/plain': text };
      for (const { format, data } of concealedFormats(platform)) entries[rawFormat(format)] = new Blob([data]);
      await clipboard.write([new ClipboardItem(entries)]);
    },
    clear: () => clipboard.clear(),
  };
}
