/**
 * The user's notice after a mint, against the demo tenant's sendMail and outbox, through the real
 * msal-node and graph-client: each policy (off, offered, required), a shared mailbox, the
 * manager's copy, and a refused send said in a technician's words. The pass never appears.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultNoticeTemplate } from '../../../main/config/defaults';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import type { Graph } from '../../../main/graph/graph-client';
import { noticeWanted } from '../../../main/notice/notice-decision';
import { sendNotice, type NoticeSettings } from '../../../main/notice/notice-send';
import { tenantGraph } from '../graph/graph-fixture';
import { createDesk, evidence } from '../graph/services-fixture';
import { graphScopes, signInAs, type SignedIn } from '../graph/sign-in';
import { atDesk } from '../../fakes/desk-handoff';

const adele = 'adele.vance@contoso.example';
let tenant: DemoTenant;
let priya: SignedIn;
let mailGraph: Graph;
let ownOnlyGraph: Graph;

const settings = (patch: Partial<NoticeSettings> = {}): NoticeSettings => ({ template: defaultNoticeTemplate, sharedMailbox: '', managerCopy: false, ...patch });

beforeAll(async () => {
  tenant = await startDemoTenant();
  priya = await signInAs(tenant, 'priya.natarajan@contoso.example', [...graphScopes, 'Mail.Send', 'Mail.Send.Shared']);
  mailGraph = tenantGraph(tenant, priya.tokens);
  ownOnlyGraph = tenantGraph(tenant, (await signInAs(tenant, 'priya.natarajan@contoso.example', [...graphScopes, 'Mail.Send'])).tokens);
});
afterAll(async () => tenant.stop());

/** Mints a real pass for Adele, then sends the notice the way the app would after it. */
async function mintThenNotice(mode: 'off' | 'offered' | 'required', chose: boolean | undefined, s = settings()) {
  const desk = createDesk(tenant, priya);
  const card = await desk.users.card({ user: adele });
  const outcome = await desk.tap.mint({ user: card.user.id, lifetimeInMinutes: 60, isUsableOnce: false, replace: card.tap !== null, verification: evidence(card.preflight.tier) });
  if (outcome.kind !== 'minted') throw new Error('no pass');
  const before = tenant.outbox().length;
  if (noticeWanted(mode, chose)) {
    await sendNotice(mailGraph, s, { userId: card.user.id, mail: card.user.mail }, {
      userDisplayName: card.user.displayName,
      technicianDisplayName: 'Priya Natarajan',
      desk: 'the Munich service desk',
      ticket: 'INC-1001',
      issuedAt: outcome.handoff.tap.createdDateTime,
      validUntil: outcome.handoff.tap.expiresDateTime,
    });
  }
  return { sent: tenant.outbox().slice(before), pass: atDesk(outcome.handoff).pass };
}

describe('the notice to the user', () => {
  it('off: nothing is sent', async () => {
    expect((await mintThenNotice('off', true)).sent).toEqual([]);
  });

  it('offered: sent only when the technician chooses it', async () => {
    expect((await mintThenNotice('offered', false)).sent).toEqual([]);
    const { sent, pass } = await mintThenNotice('offered', true);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ from: 'priya.natarajan@contoso.example', to: [adele] });
    expect(sent[0]?.body.includes(pass), 'the pass must not be in the notice').toBe(false);
  });

  it('required: always sent, saying who, when, from which desk, until when, and what to do', async () => {
    const { sent, pass } = await mintThenNotice('required', false);
    const body = sent[0]?.body ?? '';
    expect(body).toContain('Priya Natarajan at the Munich service desk');
    expect(body).toContain('INC-1001');
    expect(body).toMatch(/valid until \d/);
    expect(body).toContain('call the service desk now');
    expect(JSON.stringify(sent).includes(pass), 'the pass must not be in the outbox').toBe(false);
  });

  it('from the shared mailbox, with the manager copied, when the policy says so', async () => {
    const { sent } = await mintThenNotice('required', undefined, settings({ sharedMailbox: 'servicedesk@contoso.example', managerCopy: true }));
    expect(sent[0]?.from).toBe('servicedesk@contoso.example');
    // Adele has no manager in the directory: she alone gets it.
    expect(sent[0]?.cc).toEqual([]);
    const tom = tenant.findUser('tom.becker@contoso.example');
    const facts = { userDisplayName: 'Tom', technicianDisplayName: 'Priya', desk: 'x', ticket: 'INC-1', issuedAt: new Date().toISOString(), validUntil: new Date().toISOString() };
    const copied = await sendNotice(mailGraph, settings({ managerCopy: true }), { userId: tom?.id ?? '', mail: 'tom.becker@contoso.example' }, facts);
    expect(copied.cc).toEqual(['priya.natarajan@contoso.example']);
    expect(tenant.outbox().at(-1)?.cc).toEqual(['priya.natarajan@contoso.example']);
  });

  it("a refused send is said in a technician's words, with what to ask for", async () => {
    const target = { userId: adele, mail: adele };
    const facts = { userDisplayName: 'Adele', technicianDisplayName: 'Priya', desk: 'x', ticket: 'INC-1', issuedAt: new Date().toISOString(), validUntil: new Date().toISOString() };
    await expect(sendNotice(ownOnlyGraph, settings({ sharedMailbox: 'servicedesk@contoso.example' }), target, facts)).rejects.toMatchObject({
      code: 'forbidden',
      hint: expect.stringContaining('Mail.Send.Shared') as string,
    });
    await expect(sendNotice(mailGraph, settings(), { userId: adele, mail: undefined }, facts)).rejects.toMatchObject({ code: 'not-found' });
  });
});
