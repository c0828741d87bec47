import type { TenantContext } from './context';
import { deviceLoginPage, handleEntra, isEntraPath } from './entra/routes';
import { oauthError } from './entra/oauth-error';
import type { FaultAction } from './faults';
import { batchRoute } from './graph/batch';
import { membershipRoutes } from './graph/membership';
import { methodRoutes } from './graph/methods';
import { policyRoutes } from './graph/policy';
import { pimReadRoutes } from './pim/pim-read-routes';
import { pimRequestRoutes } from './pim/pim-request-route';
import { profileRoutes } from './graph/profile';
import { graphError, graphHeaders } from './graph/respond';
import { graphVersions } from './graph/route-types';
import { createGraphRouter, withMeRoutes } from './graph/router';
import type { TapBehaviour } from './graph/tap-rules';
import { tapRoutes } from './graph/tap';
import { userRoutes } from './graph/users';
import { mailRoutes } from './mail/send-mail';
import { createIngestion, type Ingestion } from './logs-ingestion/ingestion';
import { maxBodyBytes, type RequestApp } from './http/server';
import { GraphFailure, type EmuRequest, type EmuResponse } from './http/types';

const graphVersionOf = (segment: string | undefined): 'v1.0' | 'beta' | null =>
  graphVersions.find((v) => v === segment?.toLowerCase()) ?? null;

/** Wires Entra and Graph routes behind one request handler, with fault and error bodies per family. */
export function createApp(context: TenantContext, behaviour: TapBehaviour, ingestion: Ingestion = createIngestion()): RequestApp {
  const statusFault = (request: EmuRequest, action: FaultAction): EmuResponse => faultResponse(context, request, action);
  const batchFault = (request: EmuRequest): EmuResponse | null => {
    const action = context.faults.planStatusOnly(request.method, request.url.pathname);
    return action ? statusFault(request, action) : null;
  };
  const routes = withMeRoutes([...userRoutes, ...methodRoutes, ...tapRoutes(behaviour), ...policyRoutes, ...membershipRoutes, ...profileRoutes, ...mailRoutes, ...pimReadRoutes, ...pimRequestRoutes]);
  const dispatchGraph = createGraphRouter([...routes, batchRoute((...args) => dispatchGraph(...args), batchFault)]);

  return {
    async handle(request) {
      const version = graphVersionOf(request.segments[0]);
      // PIM activations start and end on the tenant clock, whichever call looks first.
      if (version) context.pim.settle(context.clock.now());
      if (version) return dispatchGraph(context, request, version, request.segments.slice(1));
      if (isEntraPath(request.segments)) return handleEntra(context, request);
      if (ingestion.isIngestionPath(request.segments)) return ingestion.handle(context, request);
      if (request.segments.length === 1 && request.segments[0]?.toLowerCase() === 'devicelogin') return deviceLoginPage();
      return graphError(request, context.clock.now(), new GraphFailure(404, 'NotFound', `The requested resource '${request.url.pathname}' was not found.`));
    },
    faultResponse: statusFault,
    tooLarge(request) {
      if (ingestion.isIngestionPath(request.segments)) return ingestion.tooLarge();
      if (isEntraPath(request.segments)) {
        return oauthError(request, context.clock.now(), 'invalid_request', 90020, 'The request body is too large.', { status: 413 });
      }
      return graphError(request, context.clock.now(), new GraphFailure(413, 'RequestEntityTooLarge', `The request body exceeds the maximum allowed size of ${maxBodyBytes} bytes.`));
    },
    internalError(request) {
      return graphError(request, context.clock.now(), new GraphFailure(500, 'generalException', 'An unexpected error occurred.'));
    },
  };
}

function faultResponse(context: TenantContext, request: EmuRequest, action: FaultAction): EmuResponse {
  const now = context.clock.now();
  if (action.kind === 'non-json') {
    return { status: action.status, text: `<html><body><h1>${action.status} Bad Gateway</h1></body></html>`, contentType: 'text/html' };
  }
  if (action.kind !== 'status') return graphError(request, now, new GraphFailure(500, 'generalException', 'Unexpected fault.'));
  const retry: Record<string, string> = action.retryAfter === null ? {} : { 'retry-after': action.retryAfter };
  if (request.segments[0]?.toLowerCase() === 'datacollectionrules') {
    const code = action.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable';
    return { status: action.status, headers: { 'content-type': 'application/json', ...retry }, json: { error: { code, message: 'Please retry after the time in Retry-After.' } } };
  }
  if (isEntraPath(request.segments)) {
    return action.status === 429
      ? oauthError(request, now, 'temporarily_unavailable', 90055, 'The request is being throttled. Please retry after a while.', { status: 429, headers: retry })
      : oauthError(request, now, 'temporarily_unavailable', 90033, 'A transient error has occurred. Please try again.', { status: 503, headers: retry });
  }
  if (action.status === 503) {
    return graphError(request, now, new GraphFailure(503, 'serviceNotAvailable', 'Service is temporarily unavailable. Please retry later.', undefined, retry));
  }
  // Throttling body as concepts/throttling.md shows it (A.2.6), innerError with code/status strings.
  return {
    status: 429,
    headers: { ...graphHeaders(request), 'content-type': 'application/json', ...retry },
    json: {
      error: {
        code: 'TooManyRequests',
        message: 'Please retry again later.',
        innerError: {
          code: '429',
          date: new Date(now).toISOString().slice(0, 19),
          message: 'Please retry after',
          'request-id': request.requestId,
          'client-request-id': request.clientRequestId,
          status: '429',
        },
      },
    },
  };
}
