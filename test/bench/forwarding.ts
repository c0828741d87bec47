/**
 * Issue 16: a slow or dead log pipeline never delays a mint. The real app (handlers, demo mode,
 * demo journal forwarded to the demo tenant's Logs Ingestion endpoint) mints the same passes with
 * forwarding off, with the pipeline answering 2 s late, and with it never answering; the medians
 * of the mint's own wall time are compared. No thresholds: the figures go to the README.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MintOutcome, UserCard } from '../../preload/contract';
import { createApp } from '../../main/wiring/app';
import { dispatch } from '../../main/wiring/dispatch';
import { systemClock } from '../../main/kernel/ports';
import { demoOnlyPorts } from '../fakes/demo-only-ports';
import { createMemoryClipboard } from '../fakes/memory-clipboard';
import { createMemorySecretStore } from '../fakes/memory-secret-store';
import { medianOf } from './measure';

const people = ['adele.vance', 'megan.bowen', 'miriam.graham', 'nestor.wilke', 'lynne.robbins', 'lee.gu', 'isaiah.langer', 'joni.sherman'];
const ingest = { method: 'POST', path: /^\/dataCollectionRules\// } as const;

export type PipelineState = 'forwarding off' | 'pipeline 2 s slow' | 'pipeline dead';

export interface ForwardingFigures {
  readonly runs: number;
  readonly latencyMs: number;
  readonly mintMedianMs: Readonly<Record<PipelineState, number>>;
  /** Uploads that reached the pipeline while the mints ran (so "forwarding was on" is a fact, not a hope). */
  readonly uploadsSeen: Readonly<Record<PipelineState, number>>;
  /** Records the pipeline accepted by the end of the run. */
  readonly recordsAccepted: Readonly<Record<PipelineState, number>>;
}

async function mintMedian(
  state: PipelineState,
  runs: number,
  latencyMs: number,
): Promise<{ median: number; uploads: number; accepted: number }> {
  const userData = await mkdtemp(join(tmpdir(), 'tap-desk-bench-fwd-'));
  const app = await createApp({
    version: 'bench',
    emit: () => undefined,
    forwardDemo: state !== 'forwarding off',
    ports: demoOnlyPorts({ clock: systemClock, clipboard: createMemoryClipboard(), secretStore: createMemorySecretStore(), userData }),
  });
  const call = async <T>(command: Parameters<typeof dispatch>[1], args: unknown): Promise<T> => {
    const reply = await dispatch(app.handlers, command, args);
    if (!reply.ok) throw new Error(`${command}: ${reply.error.code}`);
    return reply.value as T;
  };
  try {
    await call('config.useDemo', {});
    const tenant = app.demoTenant();
    if (!tenant) throw new Error('no demo tenant');
    tenant.faults.globalLatency(latencyMs);
    if (state === 'pipeline 2 s slow') tenant.faults.latency(ingest, 2_000);
    if (state === 'pipeline dead') tenant.faults.hang(ingest, { times: 10_000 });
    await call('auth.signIn', { flow: 'browser', demoTechnician: 'priya.natarajan@contoso.example' });
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const card = await call<UserCard>('users.card', { user: `${people[run % people.length] ?? 'adele.vance'}@contoso.example` });
      const started = performance.now();
      const outcome = await call<MintOutcome>('tap.mint', {
        user: card.user.id,
        lifetimeInMinutes: card.preflight.policy?.defaultLifetimeInMinutes ?? 60,
        isUsableOnce: false,
        replace: card.preflight.replaces,
        verification: { tier: card.preflight.tier, checked: ['photo-id', 'employee-record'], method: 'In person with photo ID', ticket: `INC00${9000 + run}` },
      });
      times.push(performance.now() - started);
      if (outcome.kind !== 'minted') throw new Error('the forwarding bench mint did not return a pass');
      await call('handoff.close', { handoffId: outcome.handoff.handoffId, reason: 'handed-over' });
    }
    // A slow pipeline still gets everything, after the mints: wait (real time) for it to catch up.
    if (state === 'pipeline 2 s slow') {
      for (let waited = 0; waited < 30_000 && tenant.logsIngestion.received.length < 2 + 2 * runs; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // A late answer is logged when it is sent; a hung request when it arrives.
    const uploads = tenant.requests.filter((r) => ingest.path.test(r.path)).length;
    return { median: medianOf(times), uploads, accepted: tenant.logsIngestion.received.length };
  } finally {
    await app.beforeQuit();
    await rm(userData, { recursive: true, force: true });
  }
}

export async function measureForwarding(runs: number, latencyMs: number): Promise<ForwardingFigures> {
  const states: PipelineState[] = ['forwarding off', 'pipeline 2 s slow', 'pipeline dead'];
  const mintMedianMs = {} as Record<PipelineState, number>;
  const uploadsSeen = {} as Record<PipelineState, number>;
  const recordsAccepted = {} as Record<PipelineState, number>;
  for (const state of states) {
    const { median, uploads, accepted } = await mintMedian(state, runs, latencyMs);
    mintMedianMs[state] = Math.round(median * 10) / 10;
    uploadsSeen[state] = uploads;
    recordsAccepted[state] = accepted;
  }
  return { runs, latencyMs, mintMedianMs, uploadsSeen, recordsAccepted };
}

export function describeForwardingBench(f: ForwardingFigures): string {
  const cells = Object.entries(f.mintMedianMs).map(
    ([state, ms]) =>
      `${state} ${ms} ms (${f.uploadsSeen[state as PipelineState]} uploads logged, ${f.recordsAccepted[state as PipelineState]} records accepted)`,
  );
  return `\nMint at the handlers while the journal is forwarded (demo, ${f.latencyMs} ms latency, median of ${f.runs}): ${cells.join(', ')}.`;
}
