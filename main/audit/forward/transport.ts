/**
 * Where forwarded records go. `send` resolves once the destination has them as far as it can say
 * (a 2xx from Logs Ingestion; for syslog, written to the TLS socket, TCP's best). A failure says
 * when to try again if the destination said so (Retry-After).
 */
import type { ForwardRecord } from './record';

export interface Transport {
  /** Names the destination (kind and address); the acknowledged position is kept per destination. */
  readonly destination: string;
  send(records: readonly ForwardRecord[]): Promise<void>;
  close(): Promise<void>;
}

export class TransportFailure extends Error {
  constructor(
    message: string,
    /** The destination's own wait (Retry-After), in milliseconds. */
    readonly retryAfterMs?: number,
    /** HTTP status, where there was one: 401, 403 and 413 need an admin, not a retry soon. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'TransportFailure';
  }
}
