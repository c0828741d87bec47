/**
 * Forwards the journal to the organisation's log pipeline. The journal is the queue: each run
 * reads the desk's chain, sends what comes after the acknowledged position in order, in batches,
 * and moves the position only when the destination accepted a batch. A failure waits (backoff,
 * or the destination's Retry-After) and tries again; a restart picks up from the saved position.
 * Nothing here is on a mint's path: `notify` only schedules a run on the clock.
 */
import type { Clock } from '../../kernel/ports';
import type { SecretCheck } from '../../log/redactor';
import type { AuditEntry } from '../entry';
import { assertNoSecrets } from '../secret-guard';
import { walkJournal } from '../walk';
import type { AckPosition, AckStore } from './ack-store';
import { backoffDelay, defaultBackoff, type BackoffOptions } from './backoff';
import { toForwardRecord } from './record';
import { TransportFailure, type Transport } from './transport';

export interface ForwardStatus {
  /** `sent`: nothing waiting; `waiting`: entries not yet accepted (sending or retrying). */
  readonly state: 'sent' | 'waiting';
  readonly waiting: number;
  /** Time of the oldest entry not yet accepted. */
  readonly oldestWaiting?: string;
  readonly lastError?: string;
  /** Whether the last failure needs an admin (401, 403, 413) rather than time. */
  readonly needsAdmin?: boolean;
}

export interface ForwarderOptions {
  readonly folder: string;
  readonly desk: string;
  readonly transport: Transport;
  readonly acks: AckStore;
  readonly clock: Clock;
  /** Secrets alive right now (the redactor): a record carrying one is never sent. */
  readonly secrets?: SecretCheck;
  readonly batchSize?: number;
  readonly backoff?: BackoffOptions;
  readonly onStatus?: (status: ForwardStatus) => void;
}

export interface Forwarder {
  /** An entry was appended: send it soon. Returns at once. */
  notify(): void;
  status(): ForwardStatus;
  /** Resolves when a run has finished (caught up, or failed and scheduled a retry). For tests. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export function createForwarder(options: ForwarderOptions): Forwarder {
  const { folder, desk, transport, acks, clock } = options;
  const batchSize = options.batchSize ?? 100;
  const backoff = options.backoff ?? defaultBackoff;
  let status: ForwardStatus = { state: 'sent', waiting: 0 };
  let running: Promise<void> | null = null;
  let again = false;
  let failures = 0;
  let cancelRetry: (() => void) | null = null;
  let stopped = false;

  const publish = (next: ForwardStatus): void => {
    status = next;
    options.onStatus?.(next);
  };

  function schedule(delayMs: number): void {
    if (stopped) return;
    cancelRetry?.();
    cancelRetry = clock.setTimeout(() => {
      cancelRetry = null;
      start();
    }, delayMs);
  }

  function start(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = run()
      .catch(() => undefined)
      .finally(() => {
        running = null;
        if (again && cancelRetry === null) {
          again = false;
          start();
        }
      });
  }

  async function run(): Promise<void> {
    const walk = await walkJournal(folder, desk);
    let ack = await acks.load();
    let pending = pendingAfter(walk.entries, walk.files, ack);
    publishWaiting(pending, status.lastError, status.needsAdmin);
    while (pending.length > 0 && !stopped) {
      const batch = pending.slice(0, batchSize);
      const records = batch.map(({ entry, file }) => toForwardRecord(entry, desk, file));
      for (const record of records) assertNoSecrets(record, options.secrets);
      try {
        await transport.send(records);
      } catch (error) {
        failures += 1;
        const failure = error instanceof TransportFailure ? error : undefined;
        const needsAdmin = failure?.status === 401 || failure?.status === 403 || failure?.status === 413;
        publishWaiting(pending, describe(error), needsAdmin);
        schedule(backoffDelay(failures, backoff, failure?.retryAfterMs));
        return;
      }
      failures = 0;
      const last = batch[batch.length - 1] as Pending;
      ack = { desk, seq: last.entry.seq, hash: last.entry.hash, total: (ack?.total ?? 0) + batch.length };
      await acks.save(ack);
      pending = pending.slice(batch.length);
      publishWaiting(pending, undefined, false);
    }
  }

  function publishWaiting(pending: readonly Pending[], lastError?: string, needsAdmin?: boolean): void {
    const first = pending[0];
    publish(
      first === undefined
        ? { state: 'sent', waiting: 0 }
        : {
            state: 'waiting',
            waiting: pending.length,
            oldestWaiting: first.entry.time,
            ...(lastError === undefined ? {} : { lastError, needsAdmin: needsAdmin === true }),
          },
    );
  }

  return {
    notify() {
      // A retry already waits for the destination: the new entry goes with it.
      if (cancelRetry !== null) return;
      schedule(0);
    },
    status: () => status,
    async settled() {
      while (running) await running;
    },
    async stop() {
      stopped = true;
      cancelRetry?.();
      cancelRetry = null;
      await running;
      await transport.close();
    },
  };
}

interface Pending {
  readonly entry: AuditEntry;
  readonly file: string;
}

/**
 * What comes after the acknowledged entry. When the chain no longer holds it (the journal was
 * deleted or emptied and a new chain began with a genesis), the whole current chain is sent:
 * the central side then sees the genesis and the restart, and counts repeats once by hash.
 */
function pendingAfter(
  entries: readonly AuditEntry[],
  files: readonly string[],
  ack: AckPosition | null,
): Pending[] {
  const all = entries.map((entry, i) => ({ entry, file: files[i] ?? '' }));
  if (ack === null) return all;
  const at = all.findIndex(({ entry }) => entry.seq === ack.seq && entry.hash === ack.hash);
  return at < 0 ? all : all.slice(at + 1);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown error';
}
