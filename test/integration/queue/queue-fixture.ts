/** The queue service over the demo tenant, signed in as a seeded technician (real msal-node and graph-client). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoTenant } from '../../../main/demo-tenant/index';
import { systemClock } from '../../../main/kernel/ports';
import { createQueueService, type QueueService } from '../../../main/queue/queue-service';
import type { QueueView } from '../../../preload/contract';
import { tenantGraph } from '../graph/graph-fixture';
import type { SignedIn } from '../graph/sign-in';

export const ticketPattern = 'INC-\\d{4}';

export interface QueueDesk {
  readonly queue: QueueService;
  readonly views: QueueView[];
  readonly folder: string;
}

export function queueDesk(tenant: DemoTenant, who: SignedIn): QueueDesk {
  const graph = tenantGraph(tenant, who.tokens);
  const views: QueueView[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'tap-queue-'));
  const queue = createQueueService({
    clock: systemClock,
    connection: () => ({ graph, technician: who.technician }),
    ticketPattern: () => ticketPattern,
    privilegedGroupIds: () => [],
    exportFolder: () => folder,
    onChange: (view) => void views.push(view),
  });
  return { queue, views, folder };
}

/** A CSV of expected arrivals from `[key, ticket]` pairs; keys with '@' are UPNs, others employee IDs. */
export function arrivals(rows: readonly (readonly [string, string, string?])[]): string {
  const lines = rows.map(([key, ticket, expected]) => (key.includes('@') ? `${key},,${expected ?? ''},${ticket}` : `,${key},${expected ?? ''},${ticket}`));
  return ['upn,employeeId,expected,ticket', ...lines].join('\r\n');
}
