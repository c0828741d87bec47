import { describe, expect, it } from 'vitest';
import { concealedFormats } from '../../../main/handoff/concealed-formats';

const decoded = (platform: NodeJS.Platform) =>
  concealedFormats(platform).map(({ format, data }) => ({ format, bytes: [...data] }));

describe('concealedFormats', () => {
  it('Windows: excluded from monitors, history and cloud sync (DWORD 0 for the two switches)', () => {
    expect(decoded('win32')).toEqual([
      { format: 'ExcludeClipboardContentFromMonitorProcessing', bytes: [0x31] },
      { format: 'CanIncludeInClipboardHistory', bytes: [0, 0, 0, 0] },
      { format: 'CanUploadToCloudClipboard', bytes: [0, 0, 0, 0] },
    ]);
  });

  it('macOS: the nspasteboard.org concealed type', () => {
    expect(decoded('darwin').map((f) => f.format)).toEqual(['org.nspasteboard.ConcealedType']);
  });

  it('Linux (and other Unix desktops): the KDE password-manager hint "secret"', () => {
    for (const platform of ['linux', 'freebsd'] as const) {
      expect(decoded(platform)).toEqual([
        { format: 'x-kde-passwordManagerHint', bytes: [...new TextEncoder().encode('secret')] },
      ]);
    }
  });

  it('never carries the pass in a marker', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      for (const { data } of concealedFormats(platform)) expect(data.length).toBeLessThanOrEqual(6);
    }
  });
});
