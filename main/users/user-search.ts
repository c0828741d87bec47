import type { UserSummary } from '../../preload/contract';
import type { Graph } from '../graph/graph-client';
import { buildUserQuery } from './search-query';
import { toUserSummary, type GraphUser } from './user-summary';

/** Reads time out after 15 s: a technician waiting longer has already retyped. */
export const SEARCH_TIMEOUT_MS = 15_000;

/** One Graph request for the typed text (see buildUserQuery). */
export async function searchUsers(
  graph: Graph,
  text: string,
  signal?: AbortSignal,
): Promise<UserSummary[]> {
  const query = buildUserQuery(text);
  const reply = await graph.send<{ value?: GraphUser[] }>({
    method: 'GET',
    path: 'users',
    query: query.query,
    headers: query.headers,
    timeoutMs: SEARCH_TIMEOUT_MS,
    retryable: true,
    context: { operation: 'search' },
    ...(signal ? { signal } : {}),
  });
  return (reply.value.value ?? []).map((user) => toUserSummary(user));
}
