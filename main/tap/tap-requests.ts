/**
 * The three TAP calls: create (v1.0 POST, NEVER retried), list (to read the truth back after a
 * lost reply) and delete.
 */
import type { TapInfo } from '../../preload/contract';
import type { FailureContext } from '../graph/failure-context';
import type { Graph, GraphReply } from '../graph/graph-client';
import { toTapInfo, type GraphTap } from './tap-info';

/** "Requests to the authentication methods APIs time-out after 60 seconds" (Graph docs). */
export const TAP_WRITE_TIMEOUT_MS = 60_000;
export const TAP_READ_TIMEOUT_MS = 15_000;

export interface CreateTap {
  readonly lifetimeInMinutes: number;
  readonly isUsableOnce: boolean;
  readonly startDateTime?: string;
}

/** The POST reply: the only place the pass value ever appears. */
export type CreatedTap = GraphTap & { readonly temporaryAccessPass?: string | null };

const tapsOf = (user: string): string =>
  `users/${encodeURIComponent(user)}/authentication/temporaryAccessPassMethods`;

export function createTap(
  graph: Graph,
  user: string,
  body: CreateTap,
  context: FailureContext,
  timeoutMs = TAP_WRITE_TIMEOUT_MS,
): Promise<GraphReply<CreatedTap>> {
  return graph.send<CreatedTap>({
    method: 'POST',
    path: tapsOf(user),
    body,
    // Never retried: a second POST would silently replace a pass the first one may have created.
    retryable: false,
    timeoutMs,
    context,
  });
}

export async function readTap(
  graph: Graph,
  user: string,
  context: FailureContext,
): Promise<TapInfo | null> {
  const reply = await graph.send<{ value?: GraphTap[] }>({
    method: 'GET',
    path: tapsOf(user),
    retryable: true,
    timeoutMs: TAP_READ_TIMEOUT_MS,
    context,
  });
  const first = reply.value.value?.[0];
  return first ? toTapInfo(first) : null;
}

export async function deleteTap(
  graph: Graph,
  user: string,
  tapId: string,
  context: FailureContext,
): Promise<GraphReply<unknown>> {
  return graph.send({
    method: 'DELETE',
    path: `${tapsOf(user)}/${encodeURIComponent(tapId)}`,
    // Deleting twice leaves the same state, so a throttled delete may be sent again.
    retryable: true,
    timeoutMs: TAP_WRITE_TIMEOUT_MS,
    context,
  });
}
