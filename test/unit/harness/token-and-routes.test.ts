/**
 * The harness is demo-only and not a side door: its token never leaves the server in answer to a
 * request without it, every route compares it in constant time, and it refuses to configure a
 * tenant or to sign in anywhere but the demo tenant.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harnessRefusal, sameToken } from '../../harness/harness-guard';
import { startHarness, type Harness } from '../../harness/server';

describe('sameToken', () => {
  it('accepts only the exact token, whatever the type or length sent', () => {
    expect(sameToken('a1b2', 'a1b2')).toBe(true);
    for (const wrong of ['a1b', 'a1b2c', 'A1B2', '', undefined, null, ['a1b2'], 42]) {
      expect(sameToken(wrong, 'a1b2'), String(wrong)).toBe(false);
    }
  });
});

describe('harnessRefusal', () => {
  it('never configures a tenant, in any mode', () => {
    for (const mode of ['demo', 'tenant', 'unconfigured'] as const) {
      expect(harnessRefusal('config.setTenant', {}, mode)?.ok).toBe(false);
    }
  });

  it('signs in (browser or device code) on the demo tenant only', () => {
    for (const flow of ['browser', 'device-code']) {
      expect(harnessRefusal('auth.signIn', { flow }, 'demo')).toBeNull();
      expect(harnessRefusal('auth.signIn', { flow }, 'tenant')).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
    expect(harnessRefusal('users.search', { query: 'a' }, 'demo')).toBeNull();
  });
});

describe('the harness server', () => {
  let harness: Harness;
  let renderer: string;
  let origin: string;
  beforeAll(async () => {
    renderer = mkdtempSync(join(tmpdir(), 'tap-desk-renderer-'));
    writeFileSync(
      join(renderer, 'index.html'),
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; connect-src 'none'"></head><body></body></html>`,
    );
    harness = await startHarness({ rendererDir: renderer });
    origin = new URL(harness.url).origin;
  });
  afterAll(async () => {
    await harness.stop();
    rmSync(renderer, { recursive: true, force: true });
  });

  it('hands the token to the page in the URL fragment, which no request carries', () => {
    const url = new URL(harness.url);
    expect(url.hash).toBe(`#harness=${harness.token}`);
    expect(url.pathname + url.search).toBe('/');
  });

  it('serves no unauthenticated GET that contains the token', async () => {
    for (const path of ['/', '/index.html', '/__harness/shim.js', '/__harness/customer-shim.js', '/nothing-here', '/__harness/invoke']) {
      const response = await fetch(origin + path);
      expect(await response.text(), path).not.toContain(harness.token);
    }
  });

  it('refuses invoke and events without the right token', async () => {
    const invoke = (token?: string) =>
      fetch(`${origin}/__harness/invoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { 'x-harness-token': token } : {}) },
        body: JSON.stringify({ command: 'app.info', args: {} }),
      });
    expect((await invoke()).status).toBe(403);
    expect((await invoke(harness.token.slice(1))).status).toBe(403);
    expect((await invoke(harness.token)).status).toBe(200);
    const events = await fetch(`${origin}/__harness/events?token=${harness.token.toUpperCase()}`);
    expect(events.status).toBe(403);
    const customerEvents = await fetch(`${origin}/__harness/customer-events?token=${harness.token.toUpperCase()}`);
    expect(customerEvents.status).toBe(403);
  });

  it('counts the customer display as attached only while a customer page holds its stream', async () => {
    expect(harness.customerDisplayAttached()).toBe(false);
    const controller = new AbortController();
    const stream = await fetch(`${origin}/__harness/customer-events?token=${harness.token}`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    expect(harness.customerDisplayAttached()).toBe(true);
    controller.abort();
    await expect.poll(() => harness.customerDisplayAttached()).toBe(false);
  });

  it('gives the customer page a shim that can invoke nothing', async () => {
    const shim = await (await fetch(`${origin}/__harness/customer-shim.js`)).text();
    expect(shim).toContain('/__harness/customer-events');
    expect(shim).not.toContain('/__harness/invoke');
  });

  it('answers config.setTenant with a refusal, and the tenant stays unset', async () => {
    const response = await fetch(`${origin}/__harness/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-harness-token': harness.token },
      body: JSON.stringify({
        command: 'config.setTenant',
        args: {
          tenantId: '3f1e2d4c-8b7a-4c6d-9e5f-0a1b2c3d4e5f',
          clientId: '0d9c1c3e-5b1a-4e55-9a64-3c1f2b7e8a10',
          cloud: 'Public',
        },
      }),
    });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await harness.app.handlers['config.get']({})).tenantId.value).toBeNull();
  });
});
