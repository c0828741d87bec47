/**
 * Issue 18 item 4 wired to the mint: after a pass is handed out, the user's notice goes out with
 * a token asked for Mail.Send only, through the app's own connection, as the policy and the
 * technician's choice say; the result is journalled and reported, and never carries the pass.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditInput } from '../../../main/audit/entry';
import type { AuditJournal } from '../../../main/audit/journal';
import type { NoticePolicy } from '../../../main/config/view';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { noticeAfterMint } from '../../../main/notice/notice-after-mint';
import type { Events } from '../../../preload/contract';
import { connectAs, type DemoConnection } from '../graph/connection-fixture';
import { evidence } from '../graph/services-fixture';
import { atDesk } from '../../fakes/desk-handoff';

const u = (name: string): string => `${name}@contoso.example`;
let tenant: DemoTenant;
let desk: DemoConnection;
beforeAll(async () => {
  tenant = await startDemoTenant();
  desk = connectAs(tenant, u('priya.natarajan'));
  await desk.auth.signIn({ flow: 'browser' });
});
afterAll(async () => tenant.stop());

const policy = (patch: Partial<NoticePolicy> = {}): NoticePolicy => ({
  mode: 'required',
  template: 'Hello {user}, {technician} issued a Temporary Access Pass for you at {desk} ({ticket}), valid until {validUntil}.',
  sharedMailbox: '',
  managerCopy: false,
  desk: 'the Seattle service desk',
  ...patch,
});

/** Mints for `who`, then runs the notice as the app does after a mint; returns what was journalled and reported. */
async function mintWithNotice(who: string, notice: NoticePolicy, notify?: boolean) {
  const card = await desk.users.card({ user: u(who) });
  const outcome = await desk.tap.mint({ user: card.user.id, lifetimeInMinutes: 60, isUsableOnce: true, replace: true, verification: evidence(card.preflight.tier) });
  if (outcome.kind !== 'minted') throw new Error('no pass');
  const journal: AuditInput[] = [];
  const events: Events['notice.result'][] = [];
  const technician = desk.auth.technician();
  await noticeAfterMint(
    {
      policy: () => notice,
      mailGraph: (shared) => desk.mailGraph(shared),
      journal: () => ({ append: async (entry: AuditInput) => void journal.push(entry) }) as unknown as AuditJournal,
      emit: (event, payload) => {
        if (event === 'notice.result') events.push(payload as Events['notice.result']);
      },
      now: () => Date.now(),
    },
    {
      userId: card.user.id,
      userPrincipalName: outcome.handoff.userPrincipalName,
      userDisplayName: outcome.handoff.userDisplayName,
      mail: card.user.mail,
      ticket: 'INC0012345',
      validUntil: outcome.handoff.tap.expiresDateTime,
      technician: { upn: technician?.userPrincipalName ?? '', id: technician?.id ?? '', displayName: technician?.displayName ?? '' },
      notify,
    },
  );
  return { journal, events, pass: atDesk(outcome.handoff).pass };
}

describe('the notice after a mint', () => {
  it('required: sent from the technician with a Mail.Send token, journalled, reported, no pass in it', async () => {
    const before = tenant.outbox().length;
    const { journal, events, pass } = await mintWithNotice('adele.vance', policy());
    const sent = tenant.outbox().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: [u('adele.vance')], sentBy: u('priya.natarajan') });
    expect(JSON.stringify(sent[0])).toContain('the Seattle service desk');
    expect(JSON.stringify(sent[0])).not.toContain(pass);
    expect(journal).toEqual([expect.objectContaining({ action: 'notice', result: 'success', ticket: 'INC0012345' })]);
    expect(events).toEqual([expect.objectContaining({ ok: true, message: expect.stringContaining(u('adele.vance')) })]);
  });

  it('offered: sent only when the technician chose it; off: never', async () => {
    const before = tenant.outbox().length;
    expect((await mintWithNotice('adam.vance', policy({ mode: 'offered' }), false)).journal).toEqual([]);
    expect((await mintWithNotice('adam.vance', policy({ mode: 'off' }), true)).journal).toEqual([]);
    expect(tenant.outbox()).toHaveLength(before);
    await mintWithNotice('adam.vance', policy({ mode: 'offered' }), true);
    expect(tenant.outbox()).toHaveLength(before + 1);
  });

  it('a shared mailbox the technician may not send as: reported and journalled, the pass already handed out', async () => {
    const { journal, events } = await mintWithNotice('megan.bowen', policy({ sharedMailbox: 'nobody-shared@contoso.example' }));
    expect(journal).toEqual([expect.objectContaining({ action: 'notice', result: 'failure' })]);
    expect(events[0]).toMatchObject({ ok: false, message: expect.stringMatching(/^The notice was not sent/u) });
  });
});
