/**
 * The log pipeline goes away (issue 16): the demo tenant's Logs Ingestion endpoint answers 503
 * for a while. Mints go on (forwarding is never on their path), the entries wait in the journal,
 * and once the endpoint is back every entry arrives: 0 lost, and no duplicate pass.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { MintOutcome } from '../../../preload/contract';
import { walkJournal } from '../../../main/audit/walk';
import { createFaultDesk } from './fault-desk';
import { handOver, mint, signIn, upn, valueOf, type Scenario } from './scenario-kit';

const ADELE = upn('adele.vance');
const INGEST = { method: 'POST', path: /^\/dataCollectionRules\// } as const;

/** Polls in real time (the tenant and TLS need it) until `done`, for at most ten seconds. */
async function until(done: () => Promise<boolean>): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 20) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the journal never reached the log pipeline');
}

export const collectorScenarios: Scenario[] = [
  {
    name: 'collector outage: mints go on, every journal entry arrives once the pipeline is back',
    intendedMints: { [ADELE]: 1 },
    async run(world) {
      // A desk of its own: the shared desk leaves forwarding off, as its uploads would run in the
      // background of the other scenarios' exact request counts.
      const desk = await createFaultDesk({ forwardDemo: true, clock: world.desk.clock });
      world.desks.push(desk);
      valueOf(await desk.call('config.useDemo', {}));
      valueOf(await signIn(desk));
      desk.tenant().faults.unavailable(INGEST, { times: 1_000, retryAfter: '30' });
      const reply = await mint(desk, ADELE);
      expect(valueOf<MintOutcome>(reply).kind).toBe('minted');
      await handOver(desk, reply);
      desk.tenant().faults.clear();

      const folder = join(desk.userData, 'demo-audit');
      const deskId = /^journal-(.+)-\d{4,}\.jsonl$/.exec((await readdir(folder)).find((f) => f.startsWith('journal-')) ?? '')?.[1];
      const delivered = async (): Promise<boolean> => {
        const { entries } = await walkJournal(folder, deskId);
        const arrived = new Set(desk.tenant().logsIngestion.received.map((r) => r['EntryHash']));
        return entries.length > 0 && entries.every((e) => arrived.has(e.hash));
      };
      // The forwarder waits out the 503's Retry-After on the app's clock, then sends from the journal.
      await desk.clock.drive(until(delivered), 10 * 60_000);
      const { entries } = await walkJournal(folder, deskId);
      expect(entries.some((e) => e.action === 'mint' && e.target?.upn === ADELE)).toBe(true);
    },
  },
];
