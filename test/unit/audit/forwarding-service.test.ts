import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ForwardingConfig } from '../../../main/config/forwarding-config';
import { createForwardingService } from '../../../main/audit/forward/forwarding-service';
import { TransportFailure, type Transport } from '../../../main/audit/forward/transport';
import { createAuditJournal } from '../../../main/audit/journal';
import { createManualClock } from '../../fakes/manual-clock';

let folder: string;
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const syslog = (requireWithinMinutes: number): ForwardingConfig => ({
  deskId: 'DESK-T',
  destination: { kind: 'syslog', host: 'siem', port: 6514, caFile: null, clientCertFile: null, clientKeyFile: null },
  requireWithinMinutes,
});

/** A pipeline that is down until `up` is set. */
function pipeline(): Transport & { up: boolean; sent: number } {
  const t = {
    destination: 'test://pipeline',
    up: false,
    sent: 0,
    async send(records: readonly unknown[]) {
      if (!t.up) throw new TransportFailure('collector down');
      t.sent += records.length;
    },
    async close() {},
  };
  return t;
}

async function desk(config: ForwardingConfig, transport: Transport) {
  folder = await mkdtemp(join(tmpdir(), 'tap-fwd-svc-'));
  const clock = createManualClock(Date.parse('2026-12-01T10:42:00Z'));
  const service = await createForwardingService({ config, folder, userData: folder, clock, transport: () => transport });
  const journal = createAuditJournal({ folder, clock, ...service.journalOptions });
  return { clock, service, journal };
}

describe('forwarding service', () => {
  it('lets mints through while the backlog is younger than policy allows, then refuses with when it began', async () => {
    const transport = pipeline();
    const { clock, service, journal } = await desk(syslog(15), transport);
    await journal.append({ action: 'sign-in', result: 'success' });
    clock.advance(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(service.view()).toMatchObject({ state: 'waiting', waiting: 2, oldestWaiting: '2026-12-01T10:42:00.000Z' });
    expect(() => service.guardMint()).not.toThrow();
    clock.advance(16 * 60_000);
    expect(() => service.guardMint()).toThrow(/2 audit entries have waited for the log pipeline since 10:42 UTC/);
    await service.stop();
  });

  it('never blocks a mint when policy does not require delivery, and refuses when required but not set up', async () => {
    const { clock, service } = await desk(syslog(0), pipeline());
    clock.advance(24 * 3_600_000);
    expect(() => service.guardMint()).not.toThrow();
    await service.stop();
    const incomplete = await createForwardingService({
      config: { deskId: 'DESK-T', destination: { kind: 'incomplete', target: 'syslog', missing: ['forwarding.syslog.host'] }, requireWithinMinutes: 5 },
      folder,
      userData: folder,
      clock,
      transport: () => null,
    });
    expect(incomplete.view()).toEqual({ state: 'incomplete', missing: ['forwarding.syslog.host'] });
    expect(() => incomplete.guardMint()).toThrow(/not set up on this computer/);
  });

  it('names the reason of a new chain: entries were forwarded before, so the journal went missing', async () => {
    const transport = pipeline();
    transport.up = true;
    const first = await desk(syslog(0), transport);
    await first.journal.append({ action: 'sign-in', result: 'success' });
    first.clock.advance(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(transport.sent).toBe(2);
    await first.service.stop();
    await rm(join(folder, 'journal-DESK-T-0001.jsonl'));
    const again = await createForwardingService({ config: syslog(0), folder, userData: folder, clock: first.clock, transport: () => transport });
    expect(await again.journalOptions.genesisReason?.()).toBe(
      'journal missing: 2 entries were forwarded from this desk before (last seq 2)',
    );
    await again.stop();
  });
});
