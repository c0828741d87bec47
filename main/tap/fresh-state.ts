/**
 * The user's pass and account as they are right before a POST, not as the card saw them up to
 * five minutes ago: a pass made meanwhile elsewhere must not be replaced silently, and a disabled
 * account gets no pass. One `$batch`, read-only.
 */
import type { TapInfo } from '../../preload/contract';
import { partSucceeded, sendBatch } from '../graph/batch';
import type { FailureContext } from '../graph/failure-context';
import type { Graph } from '../graph/graph-client';
import { problemFromParts } from '../graph/graph-problem';
import { translateProblem } from '../graph/translate-problem';
import type { Clock } from '../kernel/ports';
import { toTapInfo, type GraphTap } from './tap-info';
import { TAP_READ_TIMEOUT_MS } from './tap-requests';

export interface FreshState {
  readonly tap: TapInfo | null;
  readonly accountEnabled: boolean;
}

/** Reads both, or throws the translated failure: a mint never goes out on state it could not confirm. */
export async function readFreshState(graph: Graph, clock: Clock, userId: string, context: FailureContext): Promise<FreshState> {
  const user = `/users/${encodeURIComponent(userId)}`;
  const batch = await sendBatch(
    graph,
    [
      { id: 'account', url: `${user}?$select=id,accountEnabled` },
      { id: 'tap', url: `${user}/authentication/temporaryAccessPassMethods` },
    ],
    { clock, timeoutMs: TAP_READ_TIMEOUT_MS, context: { ...context, operation: 'read' } },
  );
  for (const id of ['account', 'tap']) {
    const part = batch.parts.get(id);
    if (!part || !partSucceeded(part)) {
      const problem = part
        ? problemFromParts(part.status, part.headers, part.body)
        : { status: 502, code: null, message: 'The batch reply had no part for the check before the mint.' };
      throw translateProblem(problem, { ...context, operation: 'read' });
    }
  }
  const account = batch.parts.get('account')?.body as { accountEnabled?: unknown } | null;
  const taps = (batch.parts.get('tap')?.body as { value?: GraphTap[] } | null)?.value ?? [];
  const first = taps[0];
  return { tap: first ? toTapInfo(first) : null, accountEnabled: account?.accountEnabled !== false };
}
