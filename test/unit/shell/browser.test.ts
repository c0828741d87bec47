import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { electronBrowser, openExternalLink } = await import('../../../main/electron/browser');

beforeEach(() => electron.shell.openExternal.mockClear());

describe('electron adapters that leave the app', () => {
  it('opens an allow-listed help link', async () => {
    await openExternalLink('https://learn.microsoft.com/entra/');
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://learn.microsoft.com/entra/');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'https://evil.example/', 'ms-settings:privacy'])(
    'refuses to open %s',
    async (url) => {
      await expect(openExternalLink(url)).rejects.toThrow();
      await expect(electronBrowser.open(url)).rejects.toThrow();
      expect(electron.shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('opens a Microsoft sign-in page for MSAL', async () => {
    await electronBrowser.open('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?x=1');
    expect(electron.shell.openExternal).toHaveBeenCalledOnce();
  });
});
