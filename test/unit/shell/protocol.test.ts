import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as electron from './fake-electron';

vi.mock('electron', () => import('./fake-electron'));

const { registerAppScheme, serveBundle } = await import('../../../main/electron/protocol');

const base = mkdtempSync(join(tmpdir(), 'tap-desk-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>TAP Desk</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'SECRET-OUTSIDE-BUNDLE');

serveBundle(root, "default-src 'none'");
const handler = electron.protocol.handlers.get('app');

function get(url: string, method = 'GET'): Promise<Response> {
  if (handler === undefined) throw new Error('app: not handled');
  return Promise.resolve(handler(new Request(url, { method })));
}

describe('registerAppScheme', () => {
  it('registers app: as a standard, secure scheme without bypassing CSP, its compiled code kept', () => {
    registerAppScheme();
    const [schemes] = electron.protocol.registerSchemesAsPrivileged.mock.calls[0] as [
      { scheme: string; privileges: Record<string, boolean> }[],
    ];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]?.scheme).toBe('app');
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true, codeCache: true });
    expect(schemes[0]?.privileges).not.toHaveProperty('bypassCSP');
    expect(schemes[0]?.privileges).not.toHaveProperty('allowServiceWorkers');
  });
});

describe('serveBundle', () => {
  it('serves the entry document with the CSP header', async () => {
    const response = await get('app://bundle/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('TAP Desk');
  });

  it('serves bundle assets with their type', async () => {
    const response = await get('app://bundle/assets/index-abc.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it.each([
    'app://bundle/..%2fsecret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/assets/missing.js',
    'app://other/index.html',
  ])('answers 404 to %s and never leaks a file outside the bundle', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('SECRET');
  });

  it('answers only GET', async () => {
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405);
  });
});
