/**
 * Forwarding the journal to a real TLS syslog receiver on loopback: in order and parseable; a
 * receiver that goes away and comes back gets every entry (at least once, in order), with an app
 * restart in between; the acknowledged position survives the restart.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuditJournal, type AuditJournal } from '../../../main/audit/journal';
import { ackFile, fileAckStore } from '../../../main/audit/forward/ack-store';
import { createForwarder, type Forwarder } from '../../../main/audit/forward/forwarder';
import { recordFromSyslog } from '../../../main/audit/forward/syslog-frame';
import { createSyslogTransport } from '../../../main/audit/forward/syslog-transport';
import { hashEntry } from '../../../main/audit/entry';
import { systemClock } from '../../../main/kernel/ports';
import { startSyslogReceiver, type SyslogReceiver } from '../../support/syslog-receiver';

const desk = 'HELPDESK-07';
let folder: string;
let receiver: SyslogReceiver | undefined;
const forwarders: Forwarder[] = [];

afterEach(async () => {
  await Promise.all(forwarders.splice(0).map((f) => f.stop()));
  await receiver?.stop();
  receiver = undefined;
  await rm(folder, { recursive: true, force: true });
});

/** One app start: a journal that tells its forwarder about each entry. */
function startDesk(): { journal: AuditJournal; forwarder: Forwarder } {
  const transport = createSyslogTransport({
    target: {
      host: '127.0.0.1',
      port: receiver?.port ?? 0,
      caFile: receiver?.caFile ?? null,
      clientCertFile: null,
      clientKeyFile: null,
    },
    clock: systemClock,
    settleMs: 50,
  });
  const forwarder = createForwarder({
    folder: join(folder, 'audit'),
    desk,
    transport,
    acks: fileAckStore(ackFile(join(folder, 'user'), transport.destination)),
    clock: systemClock,
    batchSize: 3,
    backoff: { baseMs: 20, maxMs: 100 },
  });
  forwarders.push(forwarder);
  const journal = createAuditJournal({
    folder: join(folder, 'audit'),
    clock: systemClock,
    desk,
    onAppended: () => forwarder.notify(),
  });
  return { journal, forwarder };
}

const mint = (journal: AuditJournal, n: number) =>
  journal.append({ action: 'mint', result: 'success', target: { upn: `user${n}@contoso.example` }, ticket: `INC00${1000 + n}` });

function received() {
  return (receiver?.messages ?? []).map((m) => recordFromSyslog(m));
}

/** Distinct entries by hash, in first-arrival order: how the verifier counts repeats. */
function distinctSeqs(): number[] {
  const seen = new Set<string>();
  const seqs: number[] = [];
  for (const record of received()) {
    if (record && !seen.has(record.EntryHash)) {
      seen.add(record.EntryHash);
      seqs.push(record.Seq);
    }
  }
  return seqs;
}

describe('forwarding to syslog over TLS', () => {
  it('delivers every entry in order, each parseable with its chain position and the entry itself', async () => {
    folder = await mkdtemp(join(tmpdir(), 'tap-fwd-'));
    receiver = await startSyslogReceiver(folder);
    const { journal, forwarder } = startDesk();
    for (let n = 1; n <= 7; n += 1) await mint(journal, n);
    await vi.waitFor(() => expect(distinctSeqs()).toHaveLength(8), { timeout: 10_000 });
    const records = received();
    expect(records.every((r) => r !== undefined)).toBe(true);
    expect(records.map((r) => r?.Seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(records[0]).toMatchObject({ Action: 'genesis', DeskId: desk, Segment: `journal-${desk}-0001.jsonl` });
    for (const record of records) {
      const entry = JSON.parse(record?.Entry ?? '{}') as Record<string, unknown>;
      expect(hashEntry(entry)).toBe(record?.EntryHash);
    }
    expect(receiver.messages[1]).toMatch(/^<110>1 \S+ HELPDESK-07 tap-desk - mint \[tapdesk@32473 desk="HELPDESK-07" segment="journal-HELPDESK-07-0001.jsonl" seq="2" hash="[0-9a-f]{64}" prev="[0-9a-f]{64}"\] \uFEFF\{/);
    await vi.waitFor(() => expect(forwarder.status()).toEqual({ state: 'sent', waiting: 0 }));
  });

  it('gets every entry through, in order, when the receiver is down for a while, across an app restart', async () => {
    folder = await mkdtemp(join(tmpdir(), 'tap-fwd-'));
    receiver = await startSyslogReceiver(folder);
    const first = startDesk();
    for (let n = 1; n <= 3; n += 1) await mint(first.journal, n);
    await vi.waitFor(() => expect(distinctSeqs()).toHaveLength(4), { timeout: 10_000 });

    await receiver.stop();
    for (let n = 4; n <= 6; n += 1) await mint(first.journal, n);
    // At least the three new entries wait (a batch caught by the stop waits again too).
    await vi.waitFor(
      () => {
        const status = first.forwarder.status();
        expect(status.state).toBe('waiting');
        expect(status.waiting).toBeGreaterThanOrEqual(3);
        expect(status.lastError).toBeDefined();
      },
      { timeout: 10_000 },
    );
    // The app quits while the collector is still down.
    await first.forwarder.stop();

    const second = startDesk();
    for (let n = 7; n <= 8; n += 1) await mint(second.journal, n);
    await receiver.start();
    second.forwarder.notify();
    await vi.waitFor(() => expect(distinctSeqs()).toHaveLength(9), { timeout: 15_000 });
    expect(distinctSeqs()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    await vi.waitFor(() => expect(second.forwarder.status()).toEqual({ state: 'sent', waiting: 0 }));
  });
});
