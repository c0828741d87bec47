import { graphJsonContentType, innerErrorDate } from '../http/format';
import type { EmuRequest, EmuResponse } from '../http/types';
import { GraphFailure } from '../http/types';

/** Headers every Graph reply carries (A.2.5): the request id and the echoed client-request-id. */
export function graphHeaders(request: EmuRequest): Record<string, string> {
  return {
    'request-id': request.requestId,
    'client-request-id': request.clientRequestId,
    'x-ms-ags-diagnostic': '{"ServerInfo":{"DataCenter":"Demo Tenant","Slice":"E","Ring":"0","ScaleUnit":"000","RoleInstance":"DEMO"}}',
    'odata-version': '4.0',
  };
}

export function graphOk(request: EmuRequest, json: unknown, status = 200, extra: Record<string, string> = {}): EmuResponse {
  return { status, headers: { ...graphHeaders(request), 'content-type': graphJsonContentType, ...extra }, json };
}

export function graphNoContent(request: EmuRequest): EmuResponse {
  return { status: 204, headers: graphHeaders(request) };
}

/** The Graph error envelope (A.2.5): `Content-Type: application/json`, innerError with date and ids. */
export function graphError(request: EmuRequest, now: number, failure: GraphFailure): EmuResponse {
  return {
    status: failure.status,
    headers: { ...graphHeaders(request), 'content-type': 'application/json', ...failure.headers },
    json: {
      error: {
        code: failure.code,
        message: failure.message,
        innerError: {
          ...(failure.innerMessage === undefined ? {} : { message: failure.innerMessage }),
          date: innerErrorDate(now),
          'request-id': request.requestId,
          'client-request-id': request.clientRequestId,
        },
      },
    },
  };
}

/** Shorthands for the failures the spec catalogues. */
export const fail = {
  badRequest: (message: string, innerMessage?: string) => new GraphFailure(400, 'badRequest', message, innerMessage),
  unsupportedQuery: (message: string) => new GraphFailure(400, 'Request_UnsupportedQuery', message),
  requestBadRequest: (message: string) => new GraphFailure(400, 'Request_BadRequest', message),
  notFound: (idOrUpn: string) =>
    new GraphFailure(404, 'Request_ResourceNotFound', `Resource '${idOrUpn}' does not exist or one of its queried reference-property objects are not present.`),
  /** Authentication-methods family (A.2.6). */
  accessDenied: () => new GraphFailure(403, 'accessDenied', 'Request Authorization failed'),
  /** Directory-object family (A.6.3). */
  directoryDenied: () => new GraphFailure(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'),
};
