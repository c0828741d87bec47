import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFormPost } from '../../../main/demo-tenant/browser';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { decodeJwtPayload } from '../../../main/demo-tenant/jwt';

let tenant: DemoTenant;
beforeAll(async () => {
  tenant = await startDemoTenant();
});
afterAll(async () => {
  await tenant.stop();
});

const verifier = 'a-test-verifier-that-is-long-enough-0123456789-abcdefghij';
const challenge = createHash('sha256').update(verifier).digest('base64url');
const redirectUri = 'http://localhost:5555';

async function authorizeCode(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const url = new URL(`${tenant.authority}/oauth2/v2.0/authorize`);
  const params = { client_id: tenant.clientId, scope: 'User.Read openid profile offline_access', redirect_uri: redirectUri, response_mode: 'form_post', response_type: 'code', client_info: '1', state: 'st"ate<&>', code_challenge: challenge, code_challenge_method: 'S256', ...extra };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const response = await tenant.fetch(url);
  expect(response.headers.get('content-type')).toContain('text/html');
  const form = readFormPost(await response.text());
  expect(form?.action).toBe(redirectUri);
  return form?.fields ?? {};
}

async function redeem(fields: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await tenant.fetch(`${tenant.authority}/oauth2/v2.0/token?client-request-id=11111111-2222-4333-8444-555555555555`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: new URLSearchParams({ client_id: tenant.clientId, grant_type: 'authorization_code', scope: 'User.Read openid profile offline_access', redirect_uri: redirectUri, ...fields }).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('authorize and token endpoints', () => {
  it('echoes state exactly (HTML-escaped in the page, intact after parsing) and returns client_info', async () => {
    const fields = await authorizeCode();
    expect(fields['state']).toBe('st"ate<&>');
    const info = JSON.parse(Buffer.from(fields['client_info'] ?? '', 'base64url').toString()) as Record<string, string>;
    expect(info['utid']).toBe(tenant.tenantId);
    expect(info['uid']).toBe(tenant.findUser(tenant.technicians[0]!.upn)?.id);
  });

  it('redeems a code with the right PKCE verifier: tokens, expires_in 3599, scope echoed, id_token claims', async () => {
    const { code = '' } = await authorizeCode();
    const { status, body } = await redeem({ code, code_verifier: verifier });
    expect(status).toBe(200);
    expect(body['token_type']).toBe('Bearer');
    expect(body['expires_in']).toBe(3599);
    expect(body['scope']).toBe('User.Read openid profile email');
    expect(typeof body['refresh_token']).toBe('string');
    const idToken = String(body['id_token']);
    expect(idToken.split('.')).toHaveLength(3);
    const claims = decodeJwtPayload(idToken);
    expect(claims).toMatchObject({ tid: tenant.tenantId, preferred_username: tenant.technicians[0]!.upn, aud: tenant.clientId });
    expect(claims?.['nonce']).toBeUndefined();
  });

  it('rejects a wrong code_verifier with invalid_grant AADSTS501481 in the Entra error shape', async () => {
    const { code = '' } = await authorizeCode();
    const { status, body } = await redeem({ code, code_verifier: 'wrong-verifier' });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: 'invalid_grant', error_codes: [501481], correlation_id: '11111111-2222-4333-8444-555555555555' });
    expect(String(body['error_description'])).toMatch(/^AADSTS501481: /u);
    expect(body['timestamp']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/u);
  });

  it('refuses a second redemption of the same code (AADSTS54005)', async () => {
    const { code = '' } = await authorizeCode();
    expect((await redeem({ code, code_verifier: verifier })).status).toBe(200);
    const second = await redeem({ code, code_verifier: verifier });
    expect(second.body['error_codes']).toEqual([54005]);
  });

  it('refuses a redirect_uri that differs from the authorize request', async () => {
    const { code = '' } = await authorizeCode();
    const { body } = await redeem({ code, code_verifier: verifier, redirect_uri: 'http://localhost:6666' });
    expect(body['error']).toBe('invalid_grant');
  });

  it('refuses an unknown client and an unsupported grant type', async () => {
    const post = async (form: Record<string, string>) =>
      (await (await tenant.fetch(`${tenant.authority}/oauth2/v2.0/token`, { method: 'POST', body: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } })).json()) as Record<string, unknown>;
    expect((await post({ client_id: '00000000-0000-4000-8000-000000000000', grant_type: 'refresh_token' }))['error']).toBe('unauthorized_client');
    expect((await post({ client_id: tenant.clientId, grant_type: 'password' }))['error']).toBe('unsupported_grant_type');
    expect((await post({ client_id: tenant.clientId, grant_type: 'refresh_token', refresh_token: 'garbage' }))['error']).toBe('invalid_grant');
  });

  it('shows an error page, not a redirect, for a non-loopback redirect URI', async () => {
    const url = new URL(`${tenant.authority}/oauth2/v2.0/authorize`);
    url.search = new URLSearchParams({ client_id: tenant.clientId, redirect_uri: 'https://evil.example/cb', response_type: 'code', scope: 'User.Read' }).toString();
    const response = await tenant.fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('AADSTS50011');
  });

  it('redirects with the code in the query when response_mode is query', async () => {
    const url = new URL(`${tenant.authority}/oauth2/v2.0/authorize`);
    url.search = new URLSearchParams({ client_id: tenant.clientId, redirect_uri: redirectUri, response_type: 'code', scope: 'User.Read', state: 's1' }).toString();
    const response = await tenant.fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.searchParams.get('state')).toBe('s1');
    expect(location.searchParams.get('code')).toBeTruthy();
  });

  it('rejects an unknown tenant in discovery', async () => {
    const response = await tenant.fetch(`${tenant.origin}/00000000-0000-4000-8000-000000000000/v2.0/.well-known/openid-configuration`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as Record<string, unknown>)['error_codes']).toEqual([90002]);
  });
});
