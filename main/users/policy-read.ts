/**
 * Reads the TAP policy. Most service-desk roles (even Privileged Authentication Administrator)
 * may not read it: a 403 is remembered as "unreadable" and the server validates instead.
 */
import type { Graph } from '../graph/graph-client';
import { GraphCallError } from '../graph/graph-call-error';
import { parsePolicy, type PolicyKnowledge } from '../tap/policy';
import type { TechnicianContext } from '../tap/technician';
import { POLICY_PATH } from './card-steps';

export async function readPolicy(
  graph: Graph,
  technician: TechnicianContext,
  signal?: AbortSignal,
): Promise<PolicyKnowledge> {
  try {
    const reply = await graph.send<unknown>({
      method: 'GET',
      path: POLICY_PATH,
      retryable: true,
      timeoutMs: 15_000,
      context: { operation: 'read', technician },
      ...(signal ? { signal } : {}),
    });
    return { kind: 'known', snapshot: parsePolicy(reply.value) };
  } catch (error) {
    if (error instanceof GraphCallError && error.status === 403) return { kind: 'unreadable' };
    if (error instanceof GraphCallError && (error.cancelled || error.code === 'not-signed-in'))
      throw error;
    return { kind: 'unknown' };
  }
}
