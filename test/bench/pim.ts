/**
 * Issue 17: what a PIM activation costs. Sam (eligible for Authentication Administrator,
 * justification + ticket) activates through the app's own connection on a manual clock, with
 * latency injected on every request: Graph requests and wall time for the activate call, then
 * for the polls until the role is in effect. The emulated activation delay is skipped by moving
 * the clock, so the wall time is the app's own (plus the injected latency), never the delay.
 */
import { createManualClock } from '../fakes/manual-clock';
import { startDemoTenant } from '../../main/demo-tenant/index';
import { connectAs } from '../integration/graph/connection-fixture';
import { graphRequests } from '../integration/graph/graph-fixture';

export interface PimFigures {
  readonly latencyMs: number;
  /** Requests made by `pim.activate` (role re-read, POST, re-read) and its wall time. */
  readonly activateRequests: number;
  readonly activateMs: number;
  /** Polls (every 5 s on the clock) until the role is active, their requests and their wall time. */
  readonly polls: number;
  readonly untilActiveRequests: number;
  readonly untilActiveMs: number;
}

export async function measurePimActivation(latencyMs: number): Promise<PimFigures> {
  const clock = createManualClock(Date.now());
  const tenant = await startDemoTenant({ clock });
  try {
    const desk = connectAs(tenant, 'sam.okafor@contoso.example', { clock });
    await desk.auth.signIn({ flow: 'browser' });
    const roleState = (): string | undefined => {
      const pim = desk.auth.technician()?.pim;
      return pim?.state === 'available' ? pim.roles[0]?.state : undefined;
    };
    const pim = desk.auth.technician()?.pim;
    const role = pim?.state === 'available' ? pim.roles[0] : undefined;
    if (!role) throw new Error('Sam has no eligible role in the demo tenant');
    tenant.faults.globalLatency(latencyMs);
    tenant.resetRequests();
    const started = performance.now();
    await desk.pim.activate({ roleKey: role.key, minutes: 240, justification: 'Bench shift', ticket: 'INC0000001' });
    const activateMs = performance.now() - started;
    const activateRequests = graphRequests(tenant).length;
    let polls = 0;
    let pollMs = 0;
    while (roleState() !== 'active' && polls < 20) {
      const tick = performance.now();
      clock.advance(5_000);
      polls++;
      // The poll's reads run on real time: wait until no request has come for a round trip.
      let seen = -1;
      while (graphRequests(tenant).length !== seen) {
        seen = graphRequests(tenant).length;
        await new Promise((resolve) => setTimeout(resolve, latencyMs * 2 + 50));
      }
      pollMs += performance.now() - tick - (latencyMs * 2 + 50); // the last quiet wait is ours, not the app's
    }
    if (roleState() !== 'active') throw new Error('the bench activation never took effect');
    return {
      latencyMs,
      activateRequests,
      activateMs: Math.round(activateMs),
      polls,
      untilActiveRequests: graphRequests(tenant).length - activateRequests,
      untilActiveMs: Math.round(pollMs),
    };
  } finally {
    await tenant.stop();
  }
}

export function describePimBench(f: PimFigures): string {
  return (
    `\nPIM activation (${f.latencyMs} ms injected latency, the emulated activation delay skipped on the clock): ` +
    `activate ${f.activateRequests} Graph requests in ${f.activateMs} ms; then ${f.polls} polls, ` +
    `${f.untilActiveRequests} requests and ${f.untilActiveMs} ms of the app's own time until the role was active.`
  );
}
