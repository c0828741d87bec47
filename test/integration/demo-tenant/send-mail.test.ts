/**
 * The demo tenant's sendMail is as strict as Graph's ("user: sendMail"; "Send Outlook messages
 * from another user using the Outlook mail API"): 202 and the outbox on success; Mail.Send for
 * one's own mailbox; Mail.Send.Shared plus a Send As grant for a shared one; 404 for no mailbox;
 * recipients validated. Through the real msal-node and graph-client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import type { TokenSource } from '../../../main/graph/token-source';
import { graphScopes, signInAs } from '../graph/sign-in';

const priya = 'priya.natarajan@contoso.example';
let tenant: DemoTenant;
let withoutMail: TokenSource;
let ownOnly: TokenSource;
let shared: TokenSource;
let outsider: TokenSource;

const message = (to: string[] = ['adele.vance@contoso.example']) => ({
  message: {
    subject: 'A Temporary Access Pass was issued for you',
    body: { contentType: 'Text', content: 'Hello' },
    toRecipients: to.map((address) => ({ emailAddress: { address } })),
  },
});

/** The raw reply, so the test sees Graph's own status and error code. */
async function send(tokens: TokenSource, path: string, body: unknown): Promise<{ status: number; code?: string }> {
  const reply = await tenant.fetch(`${tenant.origin}/v1.0/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await tokens.getGraphToken()}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await reply.text();
  if (reply.status === 202) return { status: 202, ...(text ? { code: 'unexpected body' } : {}) };
  return { status: reply.status, code: (JSON.parse(text) as { error: { code: string } }).error.code };
}

beforeAll(async () => {
  tenant = await startDemoTenant();
  withoutMail = (await signInAs(tenant, priya)).tokens;
  ownOnly = (await signInAs(tenant, priya, [...graphScopes, 'Mail.Send'])).tokens;
  shared = (await signInAs(tenant, priya, [...graphScopes, 'Mail.Send', 'Mail.Send.Shared'])).tokens;
  // Adele is no technician: no Send As on the desk's mailbox.
  outsider = (await signInAs(tenant, 'adele.vance@contoso.example', [...graphScopes, 'Mail.Send', 'Mail.Send.Shared'])).tokens;
});
afterAll(async () => tenant.stop());

describe('sendMail', () => {
  it('accepts from one\'s own mailbox with Mail.Send (202), and keeps it in the outbox', async () => {
    expect(await send(ownOnly, 'me/sendMail', message())).toEqual({ status: 202 });
    expect(await send(ownOnly, `users/${priya}/sendMail`, message())).toEqual({ status: 202 });
    const last = tenant.outbox().at(-1);
    expect(last).toMatchObject({ from: priya, sentBy: priya, to: ['adele.vance@contoso.example'], subject: 'A Temporary Access Pass was issued for you' });
  });

  it('refuses without Mail.Send (403 ErrorAccessDenied)', async () => {
    expect(await send(withoutMail, 'me/sendMail', message())).toMatchObject({ status: 403, code: 'ErrorAccessDenied' });
  });

  it('needs Mail.Send.Shared and a Send As grant for a shared mailbox', async () => {
    expect(await send(ownOnly, 'users/servicedesk@contoso.example/sendMail', message())).toMatchObject({ status: 403, code: 'ErrorAccessDenied' });
    expect(await send(outsider, 'users/servicedesk@contoso.example/sendMail', message())).toMatchObject({ status: 403, code: 'ErrorSendAsDenied' });
    expect(await send(shared, 'users/servicedesk@contoso.example/sendMail', message())).toEqual({ status: 202 });
    expect(tenant.outbox().at(-1)).toMatchObject({ from: 'servicedesk@contoso.example', sentBy: priya });
  });

  it('answers 404 for an unknown mailbox', async () => {
    expect(await send(shared, 'users/nobody@contoso.example/sendMail', message())).toMatchObject({ status: 404, code: 'ErrorInvalidUser' });
  });

  it('validates the message: no recipients, a bad address, no message at all', async () => {
    const before = tenant.outbox().length;
    expect(await send(ownOnly, 'me/sendMail', message([]))).toMatchObject({ status: 400, code: 'ErrorInvalidRecipients' });
    expect(await send(ownOnly, 'me/sendMail', message(['not-an-address']))).toMatchObject({ status: 400, code: 'ErrorInvalidRecipients' });
    expect(await send(ownOnly, 'me/sendMail', {})).toMatchObject({ status: 400 });
    expect(tenant.outbox()).toHaveLength(before);
  });
});
