/**
 * Pre-flight of an onboarding queue of N people (half by UPN, half by employee ID) through the
 * app's own queue service, on the large generated directory with the bench's injected latency.
 * Reported against the floor of ceil(N / 20) round trips (one `$batch` of 20 parts per 20
 * people, if each person cost one part); the real cost per person is one resolve part plus the
 * card's check parts, so the figure says how far from that floor the queue is, not that it meets it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../../main/kernel/ports';
import type { DemoTenant } from '../../main/demo-tenant/index';
import { generateUsers } from '../../main/demo-tenant/directory/generate-users';
import { createQueueService } from '../../main/queue/queue-service';
import { graphRequests, tenantGraph } from '../integration/graph/graph-fixture';
import type { SignedIn } from '../integration/graph/sign-in';

export interface QueueBench {
  readonly rows: number;
  readonly graphRequests: number;
  readonly batches: number;
  readonly floor: number;
  readonly ratioToFloor: number;
  readonly wallMs: number;
  readonly states: Readonly<Record<string, number>>;
}

/** The CSV: the first `count` generated users (deterministic), alternately by UPN and employee ID. */
function arrivals(count: number, domain: string): string {
  const users = generateUsers(count, domain, null);
  const lines = users.map((u, i) =>
    i % 2 === 0 && u.employeeId ? `,${u.employeeId},INC${String(1_000_000 + i)}` : `${u.userPrincipalName},,INC${String(1_000_000 + i)}`,
  );
  return ['upn,employeeId,ticket', ...lines].join('\r\n');
}

export async function benchQueuePreflight(tenant: DemoTenant, who: SignedIn, count: number, domain: string): Promise<QueueBench> {
  const queue = createQueueService({
    clock: systemClock,
    connection: () => ({ graph: tenantGraph(tenant, who.tokens), technician: who.technician }),
    ticketPattern: () => 'INC\\d{7}',
    privilegedGroupIds: () => [],
    exportFolder: () => mkdtempSync(join(tmpdir(), 'bench-queue-')),
    onChange: () => undefined,
  });
  const imported = await queue.import({ name: 'bench.csv', text: arrivals(count, domain) });
  if (imported.rows.length !== count) throw new Error(`the bench queue read ${imported.rows.length} of ${count} rows`);
  const before = graphRequests(tenant).length;
  const start = performance.now();
  const view = await queue.check({});
  const wallMs = performance.now() - start;
  const spent = graphRequests(tenant).slice(before);
  const states: Record<string, number> = {};
  for (const row of view.rows) states[row.state] = (states[row.state] ?? 0) + 1;
  const floor = Math.ceil(count / 20);
  return {
    rows: count,
    graphRequests: spent.length,
    batches: spent.filter((r) => r.path.endsWith('/$batch')).length,
    floor,
    ratioToFloor: Math.round((spent.length / floor) * 100) / 100,
    wallMs: Math.round(wallMs),
    states,
  };
}

export function describeQueueBench(b: QueueBench, latencyMs: number): string {
  const states = Object.entries(b.states).map(([state, n]) => `${n} ${state}`).join(', ');
  return (
    `\nQueue pre-flight of ${b.rows} people: ${b.graphRequests} Graph requests (${b.batches} $batch) against a floor of ` +
    `${b.floor} (ceil(${b.rows}/20)) = ${b.ratioToFloor}x; wall time ${b.wallMs} ms at ${latencyMs} ms latency (${states}).`
  );
}
