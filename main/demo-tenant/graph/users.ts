import { authenticate, hasScope } from './authenticate';
import { parseFilter } from './odata-filter';
import { parseSearch } from './odata-search';
import { fail, graphOk } from './respond';
import type { GraphCall, GraphRoute } from './route-types';
import { directoryReadScopes, queryOption, resolveUser, selfReadScopes } from './target';
import { evaluateFilter, evaluateSearch } from './user-query';
import { parseSelect, shapeUser, usersContext } from './user-shape';
import { GraphFailure } from '../http/types';
import type { EmuResponse } from '../http/types';

const defaultPageSize = 100;

function pageSize(raw: string | null): number {
  if (raw === null) return defaultPageSize;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 999) {
    throw fail.requestBadRequest(`Invalid page size specified: '${raw}'. Must be between 1 and 999 inclusive.`);
  }
  return value;
}

function decodeSkipToken(raw: string | null): number {
  if (raw === null) return 0;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'o' in parsed && Number.isInteger(parsed.o) && (parsed.o as number) >= 0) return parsed.o as number;
  } catch {
    // fall through to the 400 below
  }
  throw fail.requestBadRequest('Invalid $skiptoken.');
}

const isEventual = (call: GraphCall): boolean => (call.request.headers['consistencylevel'] ?? '').toLowerCase() === 'eventual';

/** The original query, minus any old `$skiptoken`, plus the next one: nextLinks keep every option (A.6.1). */
function nextLink(call: GraphCall, offset: number): string {
  const kept = call.request.url.search
    .slice(1)
    .split('&')
    .filter((part) => part.length > 0 && decodeURIComponent(part.split('=')[0] ?? '').toLowerCase() !== '$skiptoken');
  const token = Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
  return `${call.context.origin}/${call.version}/users?${[...kept, `$skiptoken=${token}`].join('&')}`;
}

/** `GET /users` with $filter, $search, $select, $top, $count, $orderby and paging. */
function listUsers(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, ...directoryReadScopes)) throw fail.directoryDenied();
  const { directory } = call.context;
  const skipToken = queryOption(call, '$skiptoken');
  const eventual = isEventual(call);
  const countAsked = queryOption(call, '$count') === 'true';
  const advanced = eventual && countAsked;
  const search = queryOption(call, '$search');
  // A nextLink call may omit the header; real Graph's rule there is undocumented (C.6), so accept it.
  if (search !== null && !eventual && skipToken === null) {
    throw new GraphFailure(400, 'Request_UnsupportedQuery', "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
  }
  if (queryOption(call, '$skip') !== null) throw fail.requestBadRequest("'$skip' is not supported by the service.");
  const top = pageSize(queryOption(call, '$top'));
  const selectRaw = queryOption(call, '$select');
  const select = parseSelect(selectRaw);

  const filter = queryOption(call, '$filter');
  let rows: number[] | null = filter === null ? null : evaluateFilter(directory, parseFilter(filter), advanced);
  if (search !== null) {
    const found = evaluateSearch(directory, parseSearch(search.trim()));
    const foundRows = new Set(found);
    rows = rows === null ? found : rows.filter((r) => foundRows.has(r));
  }
  const all = rows ?? directory.users.map((_u, row) => row);
  const orderBy = queryOption(call, '$orderby');
  if (orderBy !== null) {
    if ((filter !== null || search !== null) && !advanced) throw fail.unsupportedQuery('Sorting not supported for current query.');
    const [field = '', direction = 'asc'] = orderBy.trim().split(/\s+/u);
    if (!['displayname', 'userprincipalname'].includes(field.toLowerCase())) throw fail.unsupportedQuery('Sorting not supported for current query.');
    const key = field.toLowerCase() === 'displayname' ? 'displayName' : 'userPrincipalName';
    const sign = direction.toLowerCase() === 'desc' ? -1 : 1;
    all.sort((a, b) => sign * (directory.users[a]?.[key] ?? '').localeCompare(directory.users[b]?.[key] ?? ''));
  }
  const offset = decodeSkipToken(skipToken);
  const page = all.slice(offset, offset + top);
  const body: Record<string, unknown> = { '@odata.context': usersContext(call.context.origin, call.version, selectRaw, false) };
  // Without ConsistencyLevel, $count=true is silently ignored (A.6.1).
  if (countAsked && eventual) body['@odata.count'] = all.length;
  if (offset + top < all.length) body['@odata.nextLink'] = nextLink(call, offset + top);
  body['value'] = page.map((row) => shapeUser(directory.users[row] as NonNullable<(typeof directory.users)[number]>, select));
  return graphOk(call.request, body);
}

/** `GET /users/{id|upn}` and `GET /me`. */
function getUser(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  const self = call.params['id'] === '@me';
  if (!hasScope(caller, ...(self ? selfReadScopes : directoryReadScopes))) throw fail.directoryDenied();
  const user = resolveUser(call, caller);
  const selectRaw = queryOption(call, '$select');
  return graphOk(call.request, {
    '@odata.context': usersContext(call.context.origin, call.version, selectRaw, true),
    ...shapeUser(user, parseSelect(selectRaw)),
  });
}

/** `GET /users/$count`: text/plain, needs ConsistencyLevel (A.6.1). */
function countUsers(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, ...directoryReadScopes)) throw fail.directoryDenied();
  if (!isEventual(call)) {
    throw fail.unsupportedQuery("Count is not currently supported. Please use a special request header: 'ConsistencyLevel: eventual'");
  }
  return { status: 200, headers: { 'request-id': call.request.requestId, 'client-request-id': call.request.clientRequestId }, text: String(call.context.directory.users.length), contentType: 'text/plain' };
}

export const userRoutes: GraphRoute[] = [
  { method: 'GET', pattern: ['users'], handler: listUsers },
  { method: 'GET', pattern: ['users', '$count'], handler: countUsers },
  { method: 'GET', pattern: ['users', ':id'], handler: getUser },
];
