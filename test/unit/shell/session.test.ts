import { describe, expect, it, vi } from 'vitest';
import { permissionNames } from '../../../main/security/permissions';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { installDevelopmentCsp, installPermissionHandlers } = await import('../../../main/electron/session');

describe('installPermissionHandlers', () => {
  const session = electron.createFakeSession();
  installPermissionHandlers(session as never);

  it('wires the table into the request handler', () => {
    const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    for (const permission of [...permissionNames, 'camera', 'made-up']) {
      const callback = vi.fn();
      handler({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('wires the table into the check handler', () => {
    const handler = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (wc: unknown, permission: string) => boolean;
    for (const permission of [...permissionNames, 'made-up']) expect(handler(null, permission), permission).toBe(false);
  });

  it('grants no device and no screen capture', () => {
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (details: unknown) => boolean;
    expect(device({ deviceType: 'hid' })).toBe(false);
    const display = session.setDisplayMediaRequestHandler.mock.calls[0]?.[0] as (
      request: unknown,
      callback: (streams: unknown) => void,
    ) => void;
    const callback = vi.fn();
    display({}, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(null);
  });

  it('cancels downloads', () => {
    const event = { preventDefault: vi.fn() };
    session.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('installDevelopmentCsp', () => {
  it('adds the CSP to every response, replacing none of the other headers', () => {
    const session = electron.createFakeSession();
    installDevelopmentCsp(session as never, "default-src 'none'");
    const listener = session.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (
      details: unknown,
      callback: (response: unknown) => void,
    ) => void;
    const callback = vi.fn();
    listener({ responseHeaders: { 'Content-Type': ['text/html'] } }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src 'none'"] },
    });
  });
});
