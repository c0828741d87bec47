/**
 * Forwarding to Azure Monitor Logs Ingestion through the official @azure/monitor-ingestion client
 * against the demo tenant's endpoint: the technician's own token for Azure Monitor (real
 * msal-node, refresh-token exchange for the second resource), entries in order, and the
 * service's refusals (401, 403 without the publisher role, 413, 429 with Retry-After) each
 * leaving the entries waiting in the journal until they can go.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccountInfo, PublicClientApplication } from '@azure/msal-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ackFile, fileAckStore } from '../../../main/audit/forward/ack-store';
import { createForwarder, type Forwarder } from '../../../main/audit/forward/forwarder';
import { createLogsIngestionTransport, type IngestionToken } from '../../../main/audit/forward/logs-ingestion-transport';
import { createAuditJournal, type AuditJournal } from '../../../main/audit/journal';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { systemClock } from '../../../main/kernel/ports';
import { createPca, signIn } from '../demo-tenant/support';

const monitorScope = 'https://monitor.azure.com//.default';
let tenant: DemoTenant;
let folder: string;

beforeAll(async () => {
  tenant = await startDemoTenant({ clock: systemClock });
  folder = await mkdtemp(join(tmpdir(), 'tap-ingest-'));
});
afterAll(async () => {
  await tenant.stop();
  await rm(folder, { recursive: true, force: true });
});

/** The technician's token for Azure Monitor, as the app gets it: silently, from their sign-in. */
async function technicianToken(upn: string): Promise<IngestionToken> {
  const pca: PublicClientApplication = createPca(tenant);
  const result = await signIn(tenant, pca, upn);
  const account = result.account as AccountInfo;
  return async (scope) => {
    const token = await pca.acquireTokenSilent({ account, scopes: [scope] });
    return { token: token.accessToken, expiresOnTimestamp: token.expiresOn?.getTime() ?? Date.now() + 3_000_000 };
  };
}

function startDesk(desk: string, token: IngestionToken, ruleId = tenant.logsIngestion.ruleId): { journal: AuditJournal; forwarder: Forwarder } {
  const transport = createLogsIngestionTransport(
    { endpoint: tenant.logsIngestion.endpoint, ruleId, stream: tenant.logsIngestion.stream, audience: 'https://monitor.azure.com' },
    { fetch: tenant.fetch },
    token,
    systemClock,
  );
  const audit = join(folder, desk);
  const forwarder = createForwarder({
    folder: audit,
    desk,
    transport,
    acks: fileAckStore(ackFile(join(audit, 'profile'), transport.destination)),
    clock: systemClock,
    backoff: { baseMs: 20, maxMs: 200 },
  });
  const journal = createAuditJournal({ folder: audit, clock: systemClock, desk, onAppended: () => forwarder.notify() });
  return { journal, forwarder };
}

const arrivedFor = (desk: string) =>
  tenant.logsIngestion.received.filter((r) => r['DeskId'] === desk).map((r) => r['Seq']);

describe('forwarding to Logs Ingestion (demo tenant)', () => {
  it('sends every entry in order with the technician token for Azure Monitor', async () => {
    const { journal, forwarder } = startDesk('DESK-LI-1', await technicianToken('priya.natarajan@contoso.example'));
    for (let n = 0; n < 5; n += 1) await journal.append({ action: 'mint', result: 'success', ticket: `INC00${2000 + n}` });
    await vi.waitFor(() => expect(arrivedFor('DESK-LI-1')).toEqual([1, 2, 3, 4, 5, 6]), { timeout: 10_000 });
    const first = tenant.logsIngestion.received.find((r) => r['DeskId'] === 'DESK-LI-1');
    expect(first).toMatchObject({ Action: 'genesis', Segment: 'journal-DESK-LI-1-0001.jsonl', RecordVersion: 1 });
    await vi.waitFor(() => expect(forwarder.status()).toEqual({ state: 'sent', waiting: 0 }));
    await forwarder.stop();
  });

  it('answers 403 to a technician without Monitoring Metrics Publisher, and the entries wait, needing an admin', async () => {
    const { journal, forwarder } = startDesk('DESK-LI-2', await technicianToken('hugo.brandt@contoso.example'));
    await journal.append({ action: 'sign-in', result: 'success' });
    await vi.waitFor(() => expect(forwarder.status()).toMatchObject({ state: 'waiting', waiting: 2, needsAdmin: true }));
    expect(forwarder.status().lastError).toMatch(/403.*does not have access to ingest data/);
    expect(arrivedFor('DESK-LI-2')).toEqual([]);
    await forwarder.stop();
  });

  it('answers 401 to a token that is not for Azure Monitor (a Graph token)', async () => {
    const graph = await technicianToken('priya.natarajan@contoso.example');
    const graphToken: IngestionToken = () => graph('https://graph.microsoft.com/.default');
    const { journal, forwarder } = startDesk('DESK-LI-3', graphToken);
    await journal.append({ action: 'sign-in', result: 'success' });
    await vi.waitFor(() => expect(forwarder.status()).toMatchObject({ state: 'waiting', needsAdmin: true }));
    expect(forwarder.status().lastError).toMatch(/401/);
    await forwarder.stop();
  });

  it('waits out a 429 for its Retry-After, then delivers in order', async () => {
    tenant.faults.throttle({ method: 'POST', path: /^\/dataCollectionRules\// }, { times: 2, retryAfter: '1' });
    const { journal, forwarder } = startDesk('DESK-LI-4', await technicianToken('tom.becker@contoso.example'));
    for (let n = 0; n < 3; n += 1) await journal.append({ action: 'revoke', result: 'success', ticket: `INC00${3000 + n}` });
    await vi.waitFor(() => expect(forwarder.status().lastError).toMatch(/429/));
    await vi.waitFor(() => expect(arrivedFor('DESK-LI-4')).toEqual([1, 2, 3, 4]), { timeout: 15_000 });
    await forwarder.stop();
  });

  it('answers 413 ContentLengthLimitExceeded above 1 MB', async () => {
    const token = await technicianToken('priya.natarajan@contoso.example');
    const { token: bearer } = await token(monitorScope);
    const body = JSON.stringify([{ Entry: 'x'.repeat(1024 * 1024) }]);
    const response = await tenant.fetch(
      `${tenant.logsIngestion.endpoint}/dataCollectionRules/${tenant.logsIngestion.ruleId}/streams/${tenant.logsIngestion.stream}?api-version=2023-01-01`,
      { method: 'POST', headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, body },
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: 'ContentLengthLimitExceeded', message: 'Maximum allowed content length: 1048576 bytes (1 MB).' },
    });
  });
});
