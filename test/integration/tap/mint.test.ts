import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { GraphCallError } from '../../../main/graph/graph-call-error';
import { createTap } from '../../../main/tap/tap-requests';
import { graphRequests, tenantGraph } from '../graph/graph-fixture';
import { createDesk, evidence, type Desk } from '../graph/services-fixture';
import { signInAs, type SignedIn } from '../graph/sign-in';
import { atDesk } from '../../fakes/desk-handoff';

const u = (name: string): string => `${name}@contoso.example`;
const TAP_PATH = /\/temporaryAccessPassMethods$/;

let tenant: DemoTenant;
let priya: SignedIn;
let tom: SignedIn;

beforeAll(async () => {
  tenant = await startDemoTenant();
  priya = await signInAs(tenant, u('priya.natarajan'));
  tom = await signInAs(tenant, u('tom.becker'));
});
afterAll(async () => tenant.stop());
beforeEach(() => {
  tenant.faults.clear();
  tenant.resetRequests();
});

const posts = () =>
  graphRequests(tenant).filter((r) => r.method === 'POST' && TAP_PATH.test(r.path));

async function mintDefaults(desk: Desk, user: string, replace = false) {
  const card = await desk.users.card({ user });
  const lifetime = card.preflight.policy?.defaultLifetimeInMinutes ?? 60;
  return desk.tap.mint({
    user,
    lifetimeInMinutes: lifetime,
    isUsableOnce: false,
    replace,
    verification: evidence(card.preflight.tier),
  });
}

describe('tap.mint', () => {
  it('mints with the policy defaults, audits before returning, and hands the pass over once', async () => {
    const desk = createDesk(tenant, priya);
    const outcome = await mintDefaults(desk, u('megan.bowen'));
    if (outcome.kind !== 'minted') throw new Error('expected a pass');
    const stored = tenant.tapOf(u('megan.bowen'));
    expect(outcome.handoff.tap.id).toBe(stored?.id);
    expect(outcome.handoff.tap.lifetimeInMinutes).toBe(60);
    expect(atDesk(outcome.handoff).pass).toHaveLength(8);
    expect(outcome.handoff.replaced).toBe(false);
    expect(posts()).toHaveLength(1);
    expect(desk.audit).toEqual([
      expect.objectContaining({
        action: 'mint',
        result: 'success',
        target: u('megan.bowen'),
        ticket: 'INC-1001',
      }),
    ]);
    expect(desk.audit[0]?.requestId).toMatch(/[0-9a-f-]{36}/);
    expect(JSON.stringify(desk.audit)).not.toContain(atDesk(outcome.handoff).pass);
    // The card now knows about the pass: minting again needs confirmation.
    expect((await desk.users.facts(u('megan.bowen'))).card.preflight.replaces).toBe(true);
  });

  it('replaces an existing pass only when confirmed', async () => {
    const desk = createDesk(tenant, priya);
    const before = tenant.tapOf(u('nina.patel'));
    await desk.users.card({ user: u('nina.patel') });
    tenant.resetRequests();
    await expect(
      desk.tap.mint({
        user: u('nina.patel'),
        lifetimeInMinutes: 60,
        isUsableOnce: false,
        replace: false,
        verification: evidence(),
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(graphRequests(tenant)).toEqual([]);
    const outcome = await desk.tap.mint({
      user: u('nina.patel'),
      lifetimeInMinutes: 120,
      isUsableOnce: false,
      replace: true,
      verification: evidence(),
    });
    if (outcome.kind !== 'minted') throw new Error('expected a pass');
    expect(outcome.handoff.replaced).toBe(true);
    expect(outcome.handoff.tap.id).not.toBe(before?.id);
    expect(tenant.tapOf(u('nina.patel'))?.lifetimeInMinutes).toBe(120);
    expect(desk.audit.at(-1)).toMatchObject({ action: 'replace', result: 'success' });
  });

  it('revokes a pass', async () => {
    const desk = createDesk(tenant, priya);
    const outcome = await mintDefaults(desk, u('miriam.graham'));
    if (outcome.kind !== 'minted') throw new Error('expected a pass');
    await expect(
      desk.tap.revoke({ user: u('miriam.graham'), tapId: outcome.handoff.tap.id, ticket: 'INC-7' }),
    ).resolves.toEqual({ revoked: true });
    expect(tenant.tapOf(u('miriam.graham'))).toBeNull();
    expect(desk.audit.at(-1)).toEqual({
      action: 'revoke',
      result: 'success',
      target: u('miriam.graham'),
      targetId: outcome.handoff.tap ? expect.stringMatching(/^[0-9a-f-]{36}$/u) : undefined,
      ticket: 'INC-7',
      requestId: expect.any(String),
    });
    expect((await desk.users.facts(u('miriam.graham'))).card.tap).toBeNull();
    await expect(
      desk.tap.revoke({ user: u('miriam.graham'), tapId: outcome.handoff.tap.id, ticket: 'INC-7' }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('mints with a delayed start', async () => {
    const desk = createDesk(tenant, priya);
    await desk.users.card({ user: u('patti.fernandez') });
    const start = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const outcome = await desk.tap.mint({
      user: u('patti.fernandez'),
      lifetimeInMinutes: 480,
      isUsableOnce: false,
      replace: false,
      startDateTime: start,
      verification: evidence(),
    });
    if (outcome.kind !== 'minted') throw new Error('expected a pass');
    expect(outcome.handoff.tap.state).toBe('NotYetValid');
    expect(Date.parse(outcome.handoff.tap.startDateTime)).toBe(Date.parse(start));
    await expect(
      desk.tap.mint({
        user: u('patti.fernandez'),
        lifetimeInMinutes: 60,
        isUsableOnce: false,
        replace: true,
        startDateTime: new Date(Date.now() - 3_600_000).toISOString(),
        verification: evidence(),
      }),
    ).rejects.toMatchObject({ code: 'start-in-past' });
  });

  it('honours a policy that forces one-time passes, refusing multi-use locally', async () => {
    tenant.setTapPolicy({ isUsableOnce: true });
    try {
      const desk = createDesk(tenant, priya);
      await desk.users.card({ user: u('lynne.robbins') });
      tenant.resetRequests();
      await expect(
        desk.tap.mint({
          user: u('lynne.robbins'),
          lifetimeInMinutes: 60,
          isUsableOnce: false,
          replace: false,
          verification: evidence(),
        }),
      ).rejects.toMatchObject({ code: 'one-time-required' });
      expect(graphRequests(tenant)).toEqual([]);
      const outcome = await desk.tap.mint({
        user: u('lynne.robbins'),
        lifetimeInMinutes: 60,
        isUsableOnce: true,
        replace: false,
        verification: evidence(),
      });
      expect(outcome.kind === 'minted' && outcome.handoff.tap.isUsableOnce).toBe(true);
    } finally {
      tenant.setTapPolicy({ isUsableOnce: false });
    }
  });

  it('refuses a lifetime outside the policy without sending anything', async () => {
    const desk = createDesk(tenant, priya);
    await desk.users.card({ user: u('isaiah.langer') });
    tenant.resetRequests();
    await expect(
      desk.tap.mint({
        user: u('isaiah.langer'),
        lifetimeInMinutes: 600,
        isUsableOnce: false,
        replace: false,
        verification: evidence(),
      }),
    ).rejects.toMatchObject({
      code: 'lifetime-out-of-range',
      message: expect.stringContaining('60-480'),
    });
    expect(graphRequests(tenant)).toEqual([]);
  });

  it("offers Entra's default range while the policy is unreadable, then learns the tenant's from Graph's refusal", async () => {
    tenant.setTapPolicy({ minimumLifetimeInMinutes: 120, maximumLifetimeInMinutes: 240, defaultLifetimeInMinutes: 120 });
    try {
      const desk = createDesk(tenant, tom);
      const mintFor = (lifetimeInMinutes: number) =>
        desk.tap.mint({ user: u('isaiah.langer'), lifetimeInMinutes, isUsableOnce: false, replace: false, verification: evidence() });
      const card = await desk.users.card({ user: u('isaiah.langer') });
      expect(card.preflight.lifetime).toEqual({ min: 60, max: 480, default: 60, source: 'documented-default' });
      // Beyond the documented default range: refused in main, nothing sent.
      await expect(mintFor(600)).rejects.toMatchObject({ code: 'lifetime-out-of-range' });
      expect(posts()).toEqual([]);
      await expect(mintFor(300)).rejects.toMatchObject({
        code: 'lifetime-out-of-range',
        message: expect.stringContaining('120-240'),
        requestId: expect.any(String),
      });
      expect(posts().map((r) => r.status)).toEqual([400]);
      expect(desk.audit.at(-1)).toMatchObject({ result: 'failure', errorCode: 'lifetime-out-of-range' });
      const learned = await desk.users.card({ user: u('isaiah.langer') });
      expect(learned.preflight.lifetime).toEqual({ min: 120, max: 240, default: 120, source: 'learned' });
      await expect(mintFor(300)).rejects.toMatchObject({ code: 'lifetime-out-of-range', message: expect.stringContaining('Microsoft Graph named') });
      expect(posts()).toHaveLength(1);
    } finally {
      tenant.setTapPolicy({ minimumLifetimeInMinutes: 60, maximumLifetimeInMinutes: 480, defaultLifetimeInMinutes: 60 });
    }
  });

  it('tells the truth after a lost reply: one pass, never a second POST', async () => {
    const desk = createDesk(tenant, priya);
    await desk.users.card({ user: u('joni.sherman') });
    tenant.faults.commitThenDrop({ method: 'POST', path: TAP_PATH });
    const outcome = await desk.tap.mint({
      user: u('joni.sherman'),
      lifetimeInMinutes: 60,
      isUsableOnce: false,
      replace: false,
      verification: evidence(),
    });
    expect(outcome.kind).toBe('unknown');
    if (outcome.kind !== 'unknown') return;
    expect(outcome.tapNow?.id).toBe(tenant.tapOf(u('joni.sherman'))?.id);
    expect(outcome.message).toMatch(/WAS created/);
    expect(posts()).toHaveLength(1);
    expect(desk.audit.at(-1)).toMatchObject({ result: 'unknown', errorCode: 'outcome-unknown' });
    expect((await desk.users.facts(u('joni.sherman'))).card.preflight.replaces).toBe(true);
  });

  it('reads back after a mint that times out, and reports no pass when none was made', async () => {
    const desk = createDesk(tenant, priya, { mintTimeoutMs: 500 });
    await desk.users.card({ user: u('grady.archie') });
    tenant.faults.hang({ method: 'POST', path: TAP_PATH });
    const outcome = await desk.tap.mint({
      user: u('grady.archie'),
      lifetimeInMinutes: 60,
      isUsableOnce: false,
      replace: false,
      verification: evidence(),
    });
    expect(outcome).toEqual({
      kind: 'unknown',
      tapNow: null,
      message: expect.stringMatching(/no pass was created/),
    });
    expect(posts()).toHaveLength(1);
  });

  it('never retries a throttled mint', async () => {
    const desk = createDesk(tenant, priya);
    await desk.users.card({ user: u('irvin.sayers') });
    tenant.faults.throttle({ method: 'POST', path: TAP_PATH }, { retryAfter: '0' });
    await expect(
      desk.tap.mint({
        user: u('irvin.sayers'),
        lifetimeInMinutes: 60,
        isUsableOnce: false,
        replace: false,
        verification: evidence(),
      }),
    ).rejects.toMatchObject({ code: 'throttled' });
    expect(posts().map((r) => r.status)).toEqual([429]);
    expect(tenant.tapOf(u('irvin.sayers'))).toBeNull();
  });

  it("translates Graph's 403 for an Authentication Administrator on an admin to needs-privileged-role", async () => {
    const graph = tenantGraph(tenant, tom.tokens);
    const morgan = tenant.findUser(u('morgan.reyes'))?.id ?? '';
    const attempt = createTap(
      graph,
      morgan,
      { lifetimeInMinutes: 60, isUsableOnce: false },
      { operation: 'mint', technician: tom.technician, targetPrivileged: null },
    );
    await expect(attempt).rejects.toBeInstanceOf(GraphCallError);
    await expect(attempt).rejects.toMatchObject({
      code: 'needs-privileged-role',
      status: 403,
      requestId: expect.any(String),
    });
    expect(tenant.tapOf(morgan)).toBeNull();
  });
});
