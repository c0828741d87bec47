/**
 * Pre-flight of a queue against the demo tenant: the card's own rules decide ready or blocked
 * (with the reason and what to fix), people are resolved by UPN or employee ID, the parts go in
 * batches of 20, and throttling is waited out (Retry-After) or left "not checked".
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { graphRequests } from '../graph/graph-fixture';
import { signInAs, type SignedIn } from '../graph/sign-in';
import { arrivals, queueDesk } from './queue-fixture';

const u = (name: string): string => `${name}@contoso.example`;

let tenant: DemoTenant;
let priya: SignedIn;

beforeAll(async () => {
  tenant = await startDemoTenant();
  priya = await signInAs(tenant, u('priya.natarajan'));
});
afterAll(async () => tenant.stop());
beforeEach(() => tenant.faults.clear());

const byKey = (view: Awaited<ReturnType<ReturnType<typeof queueDesk>['queue']['get']>>, key: string) => {
  const row = view.rows.find((r) => r.key.value === key);
  if (!row) throw new Error(`no row ${key}`);
  return row;
};

describe('queue pre-flight', () => {
  it('says who is ready and who is blocked, with the reason and the fix, as the card would', async () => {
    const desk = queueDesk(tenant, priya);
    await desk.queue.import({
      name: 'monday.csv',
      text: arrivals([
        [u('adele.vance'), 'INC-0001', '09:00'],
        [u('victor.hale'), 'INC-0002', '09:10'],
        [u('pradeep.gupta'), 'INC-0007', '09:20'],
        [u('evan.marsh'), 'INC-0003'],
        [u('nobody.here'), 'INC-0004'],
        ['E10002', 'INC-0005'],
        ['E99999', 'INC-0006'],
      ]),
    });
    const view = await desk.queue.check({});
    expect(view.error).toBeUndefined();
    expect(byKey(view, u('adele.vance')).state).toBe('ready');
    const outside = byKey(view, u('pradeep.gupta'));
    expect(outside.state).toBe('blocked');
    expect(outside.reasons[0]).toMatchObject({ code: 'user-not-in-policy' });
    expect(outside.reasons[0]?.hint).toContain("the TAP policy group 'TAP users'");
    expect(byKey(view, u('victor.hale')).reasons[0]?.message).toContain("excluded group 'TAP blocked'");
    expect(byKey(view, u('evan.marsh')).reasons.map((r) => r.code)).toEqual(['account-disabled']);
    expect(byKey(view, u('nobody.here'))).toMatchObject({ state: 'blocked', reasons: [{ code: 'not-found' }] });
    // Resolved by employee ID to the person the directory names.
    expect(byKey(view, 'E10002')).toMatchObject({ state: 'ready', user: { userPrincipalName: u('adam.vance') } });
    expect(byKey(view, 'E99999').reasons[0]?.message).toContain('employee ID E99999');
    expect(view.progress).toMatchObject({ running: false, done: 7, total: 7 });
  });

  it('asks in batches of 20: 40 people are two resolve batches plus their checks', async () => {
    const desk = queueDesk(tenant, priya);
    const people = ['adele.vance', 'adam.vance', 'alan.steiner', 'megan.bowen', 'miriam.graham', 'nestor.wilke', 'patti.fernandez', 'lynne.robbins', 'lee.gu', 'isaiah.langer'];
    const rows = Array.from({ length: 40 }, (_, n) => [n < 10 ? u(people[n] ?? '') : u(`missing.${n}`), `INC-${String(1000 + n)}`] as const);
    await desk.queue.import({ name: 'big.csv', text: arrivals(rows) });
    tenant.resetRequests();
    const view = await desk.queue.check({});
    const batches = graphRequests(tenant).filter((r) => r.path.endsWith('/$batch'));
    // The policy read, 2 resolve batches (40 parts), then 10 people × 5 check parts = 50 parts = 3 batches.
    expect(batches).toHaveLength(2 + 1 + 3);
    expect(view.rows.filter((r) => r.state === 'ready')).toHaveLength(10);
    expect(view.rows.filter((r) => r.state === 'blocked')).toHaveLength(30);
  });

  it('waits out throttling (Retry-After) and still decides every row', async () => {
    const desk = queueDesk(tenant, priya);
    await desk.queue.import({ name: 't.csv', text: arrivals([[u('adele.vance'), 'INC-0001'], [u('adam.vance'), 'INC-0002']]) });
    tenant.faults.throttle({ path: /temporaryAccessPassMethods$/ }, { times: 2, retryAfter: '1' });
    const view = await desk.queue.check({});
    expect(view.rows.map((r) => r.state)).toEqual(['ready', 'ready']);
    expect(view.rows.every((r) => r.notes.every((n) => !n.includes('current pass')))).toBe(true);
  });

  it('leaves a row "not checked", saying so, when Graph keeps throttling it', async () => {
    const desk = queueDesk(tenant, priya);
    await desk.queue.import({ name: 't.csv', text: arrivals([[u('adele.vance'), 'INC-0001']]) });
    tenant.faults.throttle({ path: /\/users\/adele\.vance(%40|@)contoso\.example$/ }, { times: Infinity, retryAfter: '0' });
    const view = await desk.queue.check({});
    const row = view.rows[0];
    expect(row?.state).toBe('not-checked');
    expect(row?.reasons[0]?.code).toBe('throttled');
    expect(row?.reasons[0]?.hint).toBeTruthy();
  });

  it('re-checks one row, and stops when cancelled, leaving unreached rows "not checked"', async () => {
    const desk = queueDesk(tenant, priya);
    await desk.queue.import({ name: 'c.csv', text: arrivals([[u('adele.vance'), 'INC-0001'], [u('adam.vance'), 'INC-0002']]) });
    const first = await desk.queue.check({ rowId: (await desk.queue.get()).rows[1]?.id ?? '' });
    expect(first.rows.map((r) => r.state)).toEqual(['not-checked', 'ready']);
    tenant.faults.latency({ path: '/v1.0/$batch' }, 400);
    const running = desk.queue.check({});
    await new Promise((resolve) => setTimeout(resolve, 100));
    await desk.queue.cancel();
    const stopped = await running;
    expect(stopped.error?.code).toBe('cancelled');
    expect(stopped.rows.some((r) => r.state === 'not-checked')).toBe(true);
    expect(stopped.rows.some((r) => r.state === 'checking')).toBe(false);
  });
});
