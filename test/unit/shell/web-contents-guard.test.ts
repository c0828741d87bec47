import { describe, expect, it, vi } from 'vitest';
import { hostileUrls } from '../security/hostile-urls';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { guardWebContents } = await import('../../../main/electron/web-contents-guard');

function guarded() {
  const contents = new electron.FakeWebContents();
  const openExternal = vi.fn(async (_url: string) => undefined);
  const onDenied = vi.fn();
  guardWebContents(contents as never, { appOrigin: 'app://bundle', openExternal, onDenied });
  return { contents, openExternal, onDenied };
}

function navigationEvent(url: string, isMainFrame = true) {
  return { url, isMainFrame, preventDefault: vi.fn() };
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('cancels every hostile %s', (name) => {
    const { contents, openExternal } = guarded();
    for (const url of hostileUrls) {
      const event = navigationEvent(url, name !== 'will-frame-navigate');
      if (name === 'will-frame-navigate') event.isMainFrame = false;
      contents.emit(name, event);
      expect(event.preventDefault, `${name} ${url}`).toHaveBeenCalledOnce();
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('lets the bundle reload itself', () => {
    const { contents } = guarded();
    const event = navigationEvent('app://bundle/index.html');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('opens an allow-listed link in the system browser instead of navigating', () => {
    const { contents, openExternal } = guarded();
    const event = navigationEvent('https://learn.microsoft.com/entra/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://learn.microsoft.com/entra/');
  });

  it('never follows a redirect out, not even to a help link', () => {
    const { contents, openExternal } = guarded();
    const event = navigationEvent('https://learn.microsoft.com/');
    contents.emit('will-redirect', event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every window.open, hostile or ours', () => {
    const { contents, openExternal } = guarded();
    for (const url of [...hostileUrls, 'app://bundle/index.html']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies window.open of a help link but opens it in the system browser', () => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://aka.ms/mysecurityinfo' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://aka.ms/mysecurityinfo');
  });

  it('refuses to attach a webview', () => {
    const { contents } = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});
