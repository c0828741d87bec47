/**
 * The fault gate must be able to fail. Each rule is shown breaking on a deliberately broken run:
 * a test-local copy of a naive client that re-POSTs a mint blindly after a lost reply (straight
 * to the demo tenant, bypassing the app), a real unhandled rejection, and malformed error replies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { signInAs, type SignedIn } from '../graph/sign-in';
import { measure, ruleViolations, type CallRecord } from './figures';
import { countUnhandledRejections, settleLateWork } from './rejection-counter';
import { routes, TECHNICIAN, upn } from './scenario-kit';

let tenant: DemoTenant;
let priya: SignedIn;

beforeAll(async () => {
  tenant = await startDemoTenant();
  priya = await signInAs(tenant, TECHNICIAN);
});
afterAll(async () => tenant.stop());

/** The broken copy: sends the mint POST and, when no reply comes back, simply sends it again. */
async function blindlyRetriedMint(userId: string): Promise<number> {
  const url = `${tenant.graphBaseUrl}v1.0/users/${userId}/authentication/temporaryAccessPassMethods`;
  const post = async (): Promise<Response> =>
    tenant.fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${await priya.tokens.getGraphToken()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ lifetimeInMinutes: 60, isUsableOnce: false }),
    });
  for (let attempt = 1; ; attempt += 1) {
    try {
      const response = await post();
      // Read and drop the body: it holds the pass, which this test never looks at.
      await response.arrayBuffer();
      return attempt;
    } catch {
      if (attempt >= 3) throw new Error('gave up');
    }
  }
}

describe('fault gate rules fail on a broken run', () => {
  it('counts the pass a blind re-POST creates after a lost mint reply', async () => {
    const user = tenant.findUser(upn('joni.sherman'));
    if (!user) throw new Error('seed changed: no joni.sherman');
    const from = tenant.requests.length;
    tenant.faults.commitThenDrop(routes.mint);

    expect(await blindlyRetriedMint(user.id)).toBe(2);

    const call: CallRecord = {
      command: 'tap.mint (blind-retry copy)',
      mintFor: user.id.toLowerCase(),
      entries: tenant.requests.slice(from),
    };
    const figures = measure('broken copy', [call], 0);
    expect(call.entries.map((r) => `${r.method} ${r.status}`)).toEqual(['POST 0', 'POST 201']);
    expect(figures.duplicatePasses).toBe(1);
    expect(ruleViolations(figures)).toEqual(['1 duplicate pass(es) created']);
    // Counted per command: a later, deliberate mint for the same user does not excuse the re-POST.
    const later: CallRecord = { command: 'tap.mint', mintFor: call.mintFor ?? '', entries: [] };
    expect(measure('and a later mint', [call, later], 0).duplicatePasses).toBe(1);
  });

  it('counts a promise rejection nobody handled', async () => {
    // The test runner's own listener would fail the run on purpose-made rejections; it is set
    // aside for this one test and put back, so only the gate's counter sees it.
    const runner = process.listeners('unhandledRejection');
    process.removeAllListeners('unhandledRejection');
    const counter = countUnhandledRejections();
    try {
      void Promise.reject(new Error('deliberately unhandled'));
      await settleLateWork();
    } finally {
      counter.stop();
      for (const listener of runner) process.on('unhandledRejection', listener);
    }
    expect(counter.count()).toBe(1);
    expect(ruleViolations(measure('leaky', [], counter.count()))).toEqual(['1 unhandled rejection(s)']);
  });

  it('flags an error reply outside the closed set of codes or without a message', () => {
    const calls: CallRecord[] = [
      { command: 'users.search', entries: [], error: { code: 'offline', message: 'Could not reach 127.0.0.1.' } },
      { command: 'users.search', entries: [], error: { code: 'ECONNRESET' as never, message: 'socket hang up' } },
      { command: 'users.card', entries: [], error: { code: 'timeout', message: ' ' } },
    ];
    const figures = measure('malformed', calls, 0);
    expect(figures).toMatchObject({ errorsShown: 3, malformedErrors: 2 });
    expect(ruleViolations(figures)).toEqual(['2 error reply(ies) without a known code and a message']);
  });
});
