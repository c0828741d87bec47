/**
 * Audit forwarding for the app: the desk id, the journal hooks (genesis reason, a nudge after each
 * append), the forwarder for the policy's destination, its status for the header, and the mint
 * guard when policy requires delivery. Built from the effective config; `replace` rebuilds it
 * when the policy changes. With no destination it only names the desk.
 */
import type { AuditForwardingView } from '../../../preload/contract';
import type { AuditJournalOptions } from '../journal';
import type { Clock } from '../../kernel/ports';
import type { SecretCheck } from '../../log/redactor';
import type { ForwardingConfig } from '../../config/forwarding-config';
import { AppFailure } from '../../kernel/result';
import { resolveDeskId } from '../desk-id';
import { ackFile, fileAckStore } from './ack-store';
import { createForwarder, type Forwarder } from './forwarder';
import type { Transport } from './transport';

/** What the header shows: off, incomplete, or the forwarder's status (contract type). */
export type ForwardingView = AuditForwardingView;

export interface ForwardingServiceOptions {
  readonly config: ForwardingConfig;
  readonly folder: string;
  readonly userData: string;
  readonly clock: Clock;
  readonly secrets?: SecretCheck;
  /** Builds the transport for a complete destination (syslog or Logs Ingestion). */
  readonly transport: (config: ForwardingConfig) => Transport | null;
  readonly onStatus?: (view: ForwardingView) => void;
}

export interface ForwardingService {
  readonly desk: string;
  /** Spread into the journal's options. */
  readonly journalOptions: Pick<AuditJournalOptions, 'desk' | 'genesisReason' | 'onAppended'>;
  view(): ForwardingView;
  /** Throws when policy requires delivery and the backlog is older than it allows. */
  guardMint(): void;
  stop(): Promise<void>;
}

export async function createForwardingService(options: ForwardingServiceOptions): Promise<ForwardingService> {
  const { config, clock } = options;
  const desk = await resolveDeskId(config.deskId, options.userData);
  const transport = options.transport(config);
  const acks = transport ? fileAckStore(ackFile(options.userData, transport.destination)) : null;
  let forwarder: Forwarder | null = null;

  const view = (): ForwardingView => {
    if (config.destination.kind === 'incomplete') return { state: 'incomplete', missing: config.destination.missing };
    if (forwarder === null || transport === null) return { state: 'off' };
    return { ...forwarder.status(), destination: transport.destination };
  };

  if (transport && acks) {
    forwarder = createForwarder({
      folder: options.folder,
      desk,
      transport,
      acks,
      clock,
      ...(options.secrets ? { secrets: options.secrets } : {}),
      onStatus: () => options.onStatus?.(view()),
    });
    // Entries written while the app was closed or the pipeline was down go first.
    forwarder.notify();
  }

  return {
    desk,
    journalOptions: {
      desk,
      genesisReason: async () => {
        const ack = await acks?.load();
        return ack && ack.desk === desk && ack.total > 0
          ? `journal missing: ${ack.total} entries were forwarded from this desk before (last seq ${ack.seq})`
          : 'first start of this journal on this desk';
      },
      onAppended: () => forwarder?.notify(),
    },
    view,
    guardMint() {
      const limit = config.requireWithinMinutes;
      if (limit === 0) return;
      const current = view();
      if (current.state === 'incomplete' || current.state === 'off') {
        throw new AppFailure(
          'audit-unavailable',
          'Your organisation requires audit forwarding before new passes are created, and it is not set up on this computer.',
          'Ask your IT admin to complete the forwarding policy.',
        );
      }
      if (current.state !== 'waiting' || current.oldestWaiting === undefined) return;
      const ageMs = clock.now() - Date.parse(current.oldestWaiting);
      if (ageMs <= limit * 60_000) return;
      throw new AppFailure(
        'audit-unavailable',
        `${current.waiting} audit entries have waited for the log pipeline since ${current.oldestWaiting.slice(11, 16)} UTC; your organisation requires delivery within ${limit} minutes before new passes are created.`,
        'Check the network connection; creating passes resumes once the entries are accepted. If it persists, tell your IT admin.',
      );
    },
    async stop() {
      await forwarder?.stop();
    },
  };
}
