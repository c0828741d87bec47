/**
 * Audit forwarding as main's use cases need it: one target with everything it needs, or off. A
 * target the policy names without its required parts is reported as incomplete (never guessed).
 */
import type { Settings } from './fields';

export type ForwardingDestination =
  | { readonly kind: 'off' }
  | {
      readonly kind: 'logs-ingestion';
      readonly endpoint: string;
      readonly ruleId: string;
      readonly stream: string;
    }
  | {
      readonly kind: 'syslog';
      readonly host: string;
      readonly port: number;
      readonly caFile: string | null;
      readonly clientCertFile: string | null;
      readonly clientKeyFile: string | null;
    }
  /** The policy chose a target but left out what it needs: forwarding cannot start. */
  | { readonly kind: 'incomplete'; readonly target: string; readonly missing: readonly string[] };

export interface ForwardingConfig {
  /** The policy's desk id, or null: the desk generates its own once. */
  readonly deskId: string | null;
  readonly destination: ForwardingDestination;
  /** 0: never block a mint; otherwise refuse a mint while the backlog is older than this. */
  readonly requireWithinMinutes: number;
}

export function forwardingOf(s: Settings): ForwardingConfig {
  return {
    deskId: s['audit.deskId'],
    destination: destinationOf(s),
    requireWithinMinutes: s['forwarding.requireWithinMinutes'],
  };
}

function destinationOf(s: Settings): ForwardingDestination {
  switch (s['forwarding.target']) {
    case 'off':
      return { kind: 'off' };
    case 'logs-ingestion': {
      const endpoint = s['forwarding.logsIngestion.endpoint'];
      const ruleId = s['forwarding.logsIngestion.ruleId'];
      if (endpoint === null || ruleId === null) {
        return {
          kind: 'incomplete',
          target: 'logs-ingestion',
          missing: [
            ...(endpoint === null ? ['forwarding.logsIngestion.endpoint'] : []),
            ...(ruleId === null ? ['forwarding.logsIngestion.ruleId'] : []),
          ],
        };
      }
      return { kind: 'logs-ingestion', endpoint, ruleId, stream: s['forwarding.logsIngestion.stream'] };
    }
    case 'syslog': {
      const host = s['forwarding.syslog.host'];
      const cert = s['forwarding.syslog.clientCertFile'];
      const key = s['forwarding.syslog.clientKeyFile'];
      const missing = [
        ...(host === null ? ['forwarding.syslog.host'] : []),
        ...(cert !== null && key === null ? ['forwarding.syslog.clientKeyFile'] : []),
        ...(key !== null && cert === null ? ['forwarding.syslog.clientCertFile'] : []),
      ];
      if (host === null || missing.length > 0) return { kind: 'incomplete', target: 'syslog', missing };
      return {
        kind: 'syslog',
        host,
        port: s['forwarding.syslog.port'],
        caFile: s['forwarding.syslog.caFile'],
        clientCertFile: cert,
        clientKeyFile: key,
      };
    }
  }
}
