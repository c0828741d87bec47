import type { Clock } from '../kernel/ports';
import type { Directory } from './directory/store';
import type { FaultEngine } from './faults';
import type { MailState } from './mail/mail-state';
import type { Sessions } from './entra/sessions';
import type { PimState } from './pim/pim-model';

/** Everything a route needs: the directory, the tenant clock, the origin and the token state. */
export interface TenantContext {
  readonly directory: Directory;
  readonly clock: Clock;
  /** Set once the server listens: `https://127.0.0.1:PORT`. */
  origin: string;
  /** HMAC key for access tokens, fresh at every start. */
  readonly signingKey: Buffer;
  readonly sessions: Sessions;
  readonly faults: FaultEngine;
  /** Sent mail (the outbox demo mode shows) and the shared mailboxes with their senders. */
  readonly mail: MailState;
  /** Privileged Identity Management: eligibilities, rules, activation requests. */
  readonly pim: PimState;
}
