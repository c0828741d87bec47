/**
 * After a mint whose reply never came (time-out, connection cut, reply cut off), the POST is NOT
 * sent again: a second pass would silently replace one the first POST may have created. The
 * user's TAP is read back instead, and the technician is told the truth.
 */
import type { MintOutcome, TapInfo } from '../../preload/contract';
import type { FailureContext } from '../graph/failure-context';
import type { Graph } from '../graph/graph-client';
import { GraphCallError } from '../graph/graph-call-error';
import { AppFailure } from '../kernel/result';
import { readTap } from './tap-requests';

/** Whether a failed mint may have created a pass (so its outcome must be read back). */
export function mayHaveLanded(error: unknown): boolean {
  if (!(error instanceof GraphCallError)) return false;
  if (error.delivery === 'maybe-delivered') return true;
  // Gateway errors: Graph may have done the work and lost the answer on the way back.
  return error.status === 500 || error.status === 502 || error.status === 504;
}

function describe(tapNow: TapInfo | null, priorTapId: string | null): string {
  if (tapNow && tapNow.id !== priorTapId) {
    return 'The pass WAS created, but its reply was lost on the way back, so it cannot be shown. Replace it to get a pass you can hand over.';
  }
  if (tapNow)
    return "The reply was lost and no new pass was created: the user's existing pass is unchanged.";
  return 'The reply was lost and no pass was created. You can try again.';
}

export interface LostReply {
  readonly outcome: Extract<MintOutcome, { kind: 'unknown' }>;
  /** A new pass exists (created by the lost request). */
  readonly created: boolean;
}

/** Reads the user's TAP back; throws `outcome-unknown` when even that read fails. */
export async function resolveLostReply(
  graph: Graph,
  userId: string,
  priorTapId: string | null,
  context: FailureContext,
  cause: AppFailure,
): Promise<LostReply> {
  let tapNow: TapInfo | null;
  const read = () => readTap(graph, userId, { ...context, operation: 'read' });
  try {
    // A read changes nothing, so a second try is safe: the first often lands on a pooled
    // connection that the same network failure has just closed.
    tapNow = await read().catch(read);
  } catch {
    throw new AppFailure(
      'outcome-unknown',
      `The pass request was sent but no reply came back (${cause.message}), and TAP Desk could not check whether a pass was created.`,
      'Open the user again when the connection is back and check for a pass before trying again.',
      cause.requestId,
    );
  }
  return {
    outcome: { kind: 'unknown', tapNow, message: describe(tapNow, priorTapId) },
    created: tapNow !== null && tapNow.id !== priorTapId,
  };
}
