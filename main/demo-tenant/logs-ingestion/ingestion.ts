/**
 * The demo tenant's Azure Monitor Logs Ingestion endpoint, so demo mode shows audit forwarding
 * end to end: `POST /dataCollectionRules/{ruleId}/streams/{stream}?api-version=2023-01-01` with a
 * gzipped JSON array, as @azure/monitor-ingestion sends it. As strict as the service where the
 * sources say how it answers (README, Conformance): 401 without a valid token for Azure Monitor,
 * 403 OperationFailed when the caller lacks Monitoring Metrics Publisher on the rule, 413
 * ContentLengthLimitExceeded above 1 MB, 429 with Retry-After from the fault plan, 204 on success.
 */
import type { TenantContext } from '../context';
import { monitorAudience } from '../entra/scopes';
import type { EmuRequest, EmuResponse } from '../http/types';
import { verifyJwt } from '../jwt';

/** The demo's one data collection rule and the stream its docs declare. */
export const demoRuleId = 'dcr-7a1c0e5b9d2f4a6e8b3c1d0f2e4a6b8c';
export const demoStream = 'Custom-TapDeskAudit_CL';
export const ingestionApiVersion = '2023-01-01';
/** The most a call may carry (uncompressed JSON). */
export const maxIngestionBytes = 1024 * 1024;
/** Technicians without Monitoring Metrics Publisher on the demo rule: their uploads get 403. */
export const notPublishers = ['hugo.brandt@contoso.example'];

export interface Ingestion {
  /** Records accepted so far, in arrival order. */
  readonly received: Record<string, unknown>[];
  isIngestionPath(segments: readonly string[]): boolean;
  handle(context: TenantContext, request: EmuRequest): EmuResponse;
  /** The answer to a body the server refused to read in full. */
  tooLarge(): EmuResponse;
}

const failure = (status: number, code: string, message: string, headers: Record<string, string> = {}): EmuResponse => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  json: { error: { code, message } },
});

const tooLarge = (): EmuResponse =>
  failure(413, 'ContentLengthLimitExceeded', 'Maximum allowed content length: 1048576 bytes (1 MB).');

export function createIngestion(): Ingestion {
  const received: Record<string, unknown>[] = [];
  return {
    received,
    tooLarge,
    isIngestionPath: (segments) => segments[0]?.toLowerCase() === 'datacollectionrules',
    handle(context, request) {
      const [, ruleId, streams, stream] = request.segments;
      if (request.method !== 'POST' || streams?.toLowerCase() !== 'streams' || request.segments.length !== 4)
        return failure(404, 'NotFound', `The requested resource '${request.url.pathname}' was not found.`);
      if (request.url.searchParams.get('api-version') !== ingestionApiVersion)
        return failure(400, 'InvalidApiVersion', `The api-version '${request.url.searchParams.get('api-version') ?? ''}' is not supported.`);
      const caller = authenticate(context, request);
      if (caller === null)
        return failure(401, 'InvalidToken', 'The authentication token is missing, expired, or not for Azure Monitor.');
      if (ruleId !== demoRuleId || notPublishers.includes(caller))
        return failure(
          403,
          'OperationFailed',
          `The authentication token provided does not have access to ingest data for the data collection rule with immutable Id '${ruleId ?? ''}'.`,
        );
      if (stream !== demoStream)
        return failure(400, 'InvalidStream', `Stream '${stream ?? ''}' is not declared in the data collection rule.`);
      if (Buffer.byteLength(request.rawBody, 'utf8') > maxIngestionBytes) return tooLarge();
      let rows: unknown;
      try {
        rows = JSON.parse(request.rawBody);
      } catch {
        return failure(400, 'InvalidPayload', 'The request body is not valid JSON.');
      }
      if (!Array.isArray(rows) || rows.some((row) => typeof row !== 'object' || row === null))
        return failure(400, 'InvalidPayload', 'The request body must be a JSON array of objects.');
      received.push(...(rows as Record<string, unknown>[]));
      return { status: 204 };
    },
  };
}

/** The caller's UPN, or null when the bearer token is missing, invalid, expired or for another audience. */
function authenticate(context: TenantContext, request: EmuRequest): string | null {
  const token = /^Bearer\s+(.+)$/i.exec(request.headers['authorization']?.trim() ?? '')?.[1] ?? '';
  const checked = verifyJwt(token, context.signingKey);
  if (!checked.ok) return null;
  const claims = checked.payload;
  const now = context.clock.now() / 1000;
  const exp = typeof claims['exp'] === 'number' ? claims['exp'] : 0;
  if (claims['aud'] !== monitorAudience || claims['tid'] !== context.directory.tenant.tenantId || now >= exp + 300) return null;
  return typeof claims['upn'] === 'string' ? claims['upn'] : null;
}
