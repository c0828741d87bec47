import { describe, expect, it, vi } from 'vitest';
import {
  createDevicePermissionHandler,
  createPermissionCheckHandler,
  createPermissionRequestHandler,
  isPermissionAllowed,
  permissionNames,
  permissionTable,
} from '../../../main/security/permissions';

const unlisted = ['camera', 'microphone', 'clipboard-write', 'bluetooth', '__proto__', 'constructor', 'toString', '', 'MEDIA'];

describe('permissionTable', () => {
  it('has exactly one row per Electron permission, each with a reason', () => {
    expect(Object.keys(permissionTable).sort()).toEqual([...permissionNames].sort());
    for (const name of permissionNames) {
      expect(permissionTable[name].reason.length, name).toBeGreaterThan(10);
    }
  });

  it('allows nothing: TAP Desk needs no web permission', () => {
    expect(permissionNames.filter((name) => permissionTable[name].allowed)).toEqual([]);
  });
});

describe('createPermissionRequestHandler', () => {
  const handler = createPermissionRequestHandler();

  it.each([...permissionNames, ...unlisted])('answers false for %j', (permission) => {
    const callback = vi.fn();
    handler({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });
});

describe('createPermissionCheckHandler', () => {
  const handler = createPermissionCheckHandler();

  it.each([...permissionNames, ...unlisted])('answers false for %j', (permission) => {
    expect(handler(null, permission)).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it('denies names that are not in the table, including prototype keys', () => {
    for (const name of unlisted) expect(isPermissionAllowed(name), name).toBe(false);
  });
});

describe('createDevicePermissionHandler', () => {
  it('grants no device', () => {
    expect(createDevicePermissionHandler()({ deviceType: 'usb', origin: 'app://bundle' })).toBe(false);
  });
});
