/**
 * The transport for the policy's destination. Logs Ingestion uses the Azure Monitor audience of
 * the tenant's cloud (Azure Monitor has no separate DoD audience: USGov and USGovDoD share .us).
 */
import type { Cloud } from '../../../preload/contract';
import type { ForwardingConfig } from '../../config/forwarding-config';
import type { Clock, Http } from '../../kernel/ports';
import { createLogsIngestionTransport } from './logs-ingestion-transport';
import { createSyslogTransport } from './syslog-transport';
import type { Transport } from './transport';

export const monitorAudience: Readonly<Record<Cloud, string>> = {
  Public: 'https://monitor.azure.com',
  USGov: 'https://monitor.azure.us',
  USGovDoD: 'https://monitor.azure.us',
  China: 'https://monitor.azure.cn',
};

export interface TransportPorts {
  readonly clock: Clock;
  readonly http: Http;
  readonly cloud: Cloud;
  /** The signed-in technician's access token for `scope`. */
  readonly token: (scope: string) => Promise<string>;
}

/** How long the SDK may reuse a token we hand it; MSAL keeps the real one and its expiry. */
const tokenReuseMs = 5 * 60_000;

export function transportFor(config: ForwardingConfig, ports: TransportPorts): Transport | null {
  const destination = config.destination;
  switch (destination.kind) {
    case 'syslog':
      return createSyslogTransport({ target: destination, clock: ports.clock });
    case 'logs-ingestion':
      return createLogsIngestionTransport(
        { ...destination, audience: monitorAudience[ports.cloud] },
        ports.http,
        async (scope) => ({ token: await ports.token(scope), expiresOnTimestamp: ports.clock.now() + tokenReuseMs }),
        ports.clock,
      );
    default:
      return null;
  }
}
