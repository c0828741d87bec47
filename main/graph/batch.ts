/**
 * JSON `$batch`: several reads in ONE HTTP request (the user card's whole picture). graph-client
 * returns the batch reply as data, so parts that failed are inspected here; parts throttled by
 * Graph (429/503/504 inside the batch) are re-sent, alone, after their Retry-After.
 */
import type { Clock } from '../kernel/ports';
import type { FailureContext } from './failure-context';
import { GraphCallError } from './graph-call-error';
import type { Graph } from './graph-client';
import { retryDelayMs } from './retry-middleware';
import { sleep } from './sleep';

/**
 * One read in the batch. `url` is relative to the version (`/users/{id}?$select=…`), encoded.
 * POST is only for read-only actions such as checkMemberGroups.
 */
export interface BatchStep {
  readonly id: string;
  readonly url: string;
  readonly method?: 'GET' | 'POST';
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

function toRequest(step: BatchStep): Record<string, unknown> {
  const post = step.method === 'POST';
  // Graph requires a Content-Type on every batched request that has a body.
  const headers = post ? { 'Content-Type': 'application/json', ...step.headers } : step.headers;
  return {
    id: step.id,
    method: step.method ?? 'GET',
    url: step.url,
    ...(headers ? { headers } : {}),
    ...(post ? { body: step.body ?? {} } : {}),
  };
}

export interface BatchPart {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** Whether a part came back with a 2xx status; a missing part did not succeed. */
export function partSucceeded(part: Pick<BatchPart, 'status'> | undefined): boolean {
  return part !== undefined && part.status >= 200 && part.status < 300;
}

export interface BatchResult {
  readonly parts: ReadonlyMap<string, BatchPart>;
  /** HTTP requests the batch cost: 1 unless Graph throttled it. */
  readonly attempts: number;
  readonly requestId?: string;
}

export interface BatchOptions {
  readonly clock: Clock;
  readonly signal?: AbortSignal;
  readonly timeoutMs: number;
  readonly context: FailureContext;
  /** Rounds of re-sending throttled parts. Default 2. */
  readonly maxResends?: number;
  /** Longest wait for a throttled part before giving its 429 to the caller. Default 10 s. */
  readonly maxWaitMs?: number;
}

const THROTTLED = new Set([429, 503, 504]);

interface BatchReplyBody {
  readonly responses?: readonly {
    readonly id?: unknown;
    readonly status?: unknown;
    readonly headers?: unknown;
    readonly body?: unknown;
  }[];
}

function readParts(body: BatchReplyBody): BatchPart[] {
  return (body.responses ?? []).flatMap((r) =>
    typeof r.id === 'string' && typeof r.status === 'number'
      ? [
          {
            id: r.id,
            status: r.status,
            headers: (r.headers ?? {}) as Record<string, string>,
            body: r.body ?? null,
          },
        ]
      : [],
  );
}

function header(part: BatchPart, name: string): string | null {
  return Object.entries(part.headers).find(([key]) => key.toLowerCase() === name)?.[1] ?? null;
}

/** Graph's JSON batching limit ("JSON batching"): 20 requests per `$batch`. */
export const MAX_BATCH_REQUESTS = 20;

/**
 * Sends the steps as one `POST /$batch` (several at once when there are more than a batch
 * holds) and returns each part by id.
 */
export async function sendBatch(
  graph: Graph,
  steps: readonly BatchStep[],
  options: BatchOptions,
): Promise<BatchResult> {
  if (steps.length <= MAX_BATCH_REQUESTS) return sendOneBatch(graph, steps, options);
  const chunks: BatchStep[][] = [];
  for (let i = 0; i < steps.length; i += MAX_BATCH_REQUESTS) chunks.push(steps.slice(i, i + MAX_BATCH_REQUESTS));
  const results = await Promise.all(chunks.map((chunk) => sendOneBatch(graph, chunk, options)));
  const requestId = results[0]?.requestId;
  return {
    parts: new Map(results.flatMap((r) => [...r.parts])),
    attempts: results.reduce((sum, r) => sum + r.attempts, 0),
    ...(requestId ? { requestId } : {}),
  };
}

async function sendOneBatch(
  graph: Graph,
  steps: readonly BatchStep[],
  options: BatchOptions,
): Promise<BatchResult> {
  const parts = new Map<string, BatchPart>();
  let pending = steps;
  let attempts = 0;
  let requestId: string | undefined;
  const maxResends = options.maxResends ?? 2;
  for (let round = 0; ; round += 1) {
    const reply = await graph.send<BatchReplyBody>({
      method: 'POST',
      path: '$batch',
      body: { requests: pending.map(toRequest) },
      // A batch of reads changes nothing, so re-sending it after a throttled reply is safe.
      retryable: true,
      timeoutMs: options.timeoutMs,
      context: options.context,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    attempts += reply.attempts;
    requestId ??= reply.requestId;
    for (const part of readParts(reply.value)) parts.set(part.id, part);
    const throttled = pending.filter((s) => THROTTLED.has(parts.get(s.id)?.status ?? 0));
    if (throttled.length === 0 || round >= maxResends) break;
    const wait = Math.max(
      ...throttled.map((s) =>
        retryDelayMs(header(parts.get(s.id)!, 'retry-after'), round, options.clock.now(), 1000),
      ),
    );
    if (wait > (options.maxWaitMs ?? 10_000)) break;
    try {
      await sleep(options.clock, wait, options.signal);
    } catch {
      throw new GraphCallError(
        'internal',
        'The request was cancelled.',
        undefined,
        requestId,
        'maybe-delivered',
        -1,
        true,
      );
    }
    pending = throttled;
  }
  return { parts, attempts, ...(requestId ? { requestId } : {}) };
}
