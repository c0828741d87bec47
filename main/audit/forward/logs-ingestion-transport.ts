/**
 * Azure Monitor Logs Ingestion with the official client (@azure/monitor-ingestion), the
 * technician's own token for the Azure Monitor resource of their cloud, and the app's HTTP. The
 * client's own retries are off: the forwarder owns retrying (from the journal, with the
 * service's Retry-After), so a batch is either accepted (2xx) or sent again later, in order.
 */
import type { AccessToken, TokenCredential } from '@azure/core-auth';
import { isAggregateLogsUploadError, LogsIngestionClient } from '@azure/monitor-ingestion';
import type { Clock, Http } from '../../kernel/ports';
import { portHttpClient } from './pipeline-http';
import type { ForwardRecord } from './record';
import { TransportFailure, type Transport } from './transport';

/** A token for `scope` (the Azure Monitor resource's `.default`), from the signed-in technician. */
export type IngestionToken = (scope: string) => Promise<AccessToken>;

export interface LogsIngestionTarget {
  readonly endpoint: string;
  readonly ruleId: string;
  readonly stream: string;
  /** The Azure Monitor audience of the cloud: https://monitor.azure.com, .us or .cn. */
  readonly audience: string;
}

/** A hung pipeline must not hold the queue forever: give up, back off, send again. */
export const uploadTimeoutMs = 60_000;

export function createLogsIngestionTransport(
  target: LogsIngestionTarget,
  http: Http,
  token: IngestionToken,
  clock: Clock,
): Transport {
  const credential: TokenCredential = {
    getToken: async (scopes) => token(Array.isArray(scopes) ? (scopes[0] ?? '') : String(scopes)),
  };
  const client = new LogsIngestionClient(target.endpoint, credential, {
    audience: target.audience,
    httpClient: portHttpClient(http),
    retryOptions: { maxRetries: 0 },
  });
  return {
    destination: `logs-ingestion:${target.endpoint}/${target.ruleId}/${target.stream}`,
    async send(records: readonly ForwardRecord[]) {
      const abort = new AbortController();
      const cancel = clock.setTimeout(() => abort.abort(), uploadTimeoutMs);
      try {
        // One request at a time keeps the batch in order.
        await client.upload(target.ruleId, target.stream, records as unknown as Record<string, unknown>[], {
          maxConcurrency: 1,
          abortSignal: abort.signal,
        });
      } catch (error) {
        throw abort.signal.aborted
          ? new TransportFailure(`Logs Ingestion: no answer in ${uploadTimeoutMs / 1000} s`)
          : asFailure(error);
      } finally {
        cancel();
      }
    },
    async close() {
      return undefined;
    },
  };
}

function asFailure(error: unknown): TransportFailure {
  const cause = isAggregateLogsUploadError(error) ? error.errors[0]?.cause : error;
  const rest = cause as { statusCode?: number; response?: { headers?: { get(name: string): string | undefined } } } | undefined;
  const status = rest?.statusCode;
  const retryAfter = rest?.response?.headers?.get('retry-after');
  const seconds = retryAfter === undefined ? undefined : Number(retryAfter);
  const message = cause instanceof Error ? cause.message : 'upload failed';
  return new TransportFailure(
    `Logs Ingestion${status === undefined ? '' : ` ${status}`}: ${message}`,
    seconds !== undefined && Number.isFinite(seconds) ? seconds * 1000 : undefined,
    status,
  );
}
