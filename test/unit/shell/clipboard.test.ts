import { beforeEach, describe, expect, it, vi } from 'vitest';
import { rawFormat } from '../../../main/handoff/concealed-formats';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { createElectronClipboard } = await import('../../../main/electron/clipboard');

/** What one write put on the clipboard: each format and its bytes (text as a string). */
async function written(): Promise<Record<string, string | number[]>> {
  expect(electron.clipboard.write).toHaveBeenCalledOnce();
  const items = electron.clipboard.write.mock.calls[0]![0];
  expect(items).toHaveLength(1);
  const out: Record<string, string | number[]> = {};
  for (const [type, payload] of Object.entries(items[0]!.items)) {
    out[type] = typeof payload === 'string' ? payload : [...new Uint8Array(await payload.arrayBuffer())];
  }
  return out;
}

beforeEach(() => {
  electron.clipboard.write.mockClear();
  electron.clipboard.writeText.mockClear();
});

describe('createElectronClipboard: writeSecret', () => {
  it('Windows: the text and the three history/cloud/monitor markers in one atomic write', async () => {
    await createElectronClipboard('win32').writeSecret('Pass-1234');
    expect(await written()).toEqual({
      'text/plain': 'Pass-1234',
      [rawFormat('ExcludeClipboardContentFromMonitorProcessing')]: [0x31],
      [rawFormat('CanIncludeInClipboardHistory')]: [0, 0, 0, 0],
      [rawFormat('CanUploadToCloudClipboard')]: [0, 0, 0, 0],
    });
    expect(electron.clipboard.writeText).not.toHaveBeenCalled();
  });

  it('macOS: the text and org.nspasteboard.ConcealedType', async () => {
    await createElectronClipboard('darwin').writeSecret('Pass-1234');
    expect(Object.keys(await written())).toEqual([
      'text/plain',
      'electron application/osclipboard;format="org.nspasteboard.ConcealedType"',
    ]);
  });

  it('Linux: the text and x-kde-passwordManagerHint = secret', async () => {
    await createElectronClipboard('linux').writeSecret('Pass-1234');
    expect(await written()).toEqual({
      'text/plain': 'Pass-1234',
      'electron application/osclipboard;format="x-kde-passwordManagerHint"': [...new TextEncoder().encode('secret')],
    });
  });

  it('reads and clears through Electron', async () => {
    const port = createElectronClipboard('linux');
    await port.writeSecret('Pass-1234');
    expect(await port.readText()).toBe('Pass-1234');
    port.clear();
    expect(await port.readText()).toBe('');
  });
});
