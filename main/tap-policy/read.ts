/**
 * Reads the TAP policy, and the names of the groups it targets (so a refusal can say which group
 * the user is missing). Most service-desk roles (even Privileged Authentication Administrator)
 * may not read the policy: a 403 is remembered as "unreadable" and the server validates instead.
 */
import { sendBatch } from '../graph/batch';
import type { Graph } from '../graph/graph-client';
import { GraphCallError } from '../graph/graph-call-error';
import type { Clock } from '../kernel/ports';
import { parsePolicy, type PolicyKnowledge } from './policy';
import { policyGroupIds } from './verdict';
import type { TechnicianContext } from '../tap/technician';
import { POLICY_PATH } from '../users/card-steps';

/** Group names are a courtesy: a failure leaves the ids, never the policy unread. */
async function readGroupNames(graph: Graph, clock: Clock, ids: readonly string[], technician: TechnicianContext): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (ids.length === 0) return names;
  try {
    const batch = await sendBatch(
      graph,
      ids.map((id, n) => ({ id: String(n), url: `/groups/${encodeURIComponent(id)}?$select=id,displayName` })),
      { clock, timeoutMs: 15_000, context: { operation: 'read', technician } },
    );
    ids.forEach((id, n) => {
      const name = (batch.parts.get(String(n))?.body as { displayName?: unknown } | null)?.displayName;
      if (typeof name === 'string' && name) names.set(id.toLowerCase(), name);
    });
  } catch {
    // Keep the ids.
  }
  return names;
}

export async function readPolicy(
  graph: Graph,
  clock: Clock,
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
    const ids = [...new Set(policyGroupIds(parsePolicy(reply.value)))];
    return { kind: 'known', snapshot: parsePolicy(reply.value, await readGroupNames(graph, clock, ids, technician)) };
  } catch (error) {
    if (error instanceof GraphCallError && error.status === 403) return { kind: 'unreadable' };
    if (error instanceof GraphCallError && (error.cancelled || error.code === 'not-signed-in'))
      throw error;
    return { kind: 'unknown' };
  }
}
