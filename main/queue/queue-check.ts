/**
 * Pre-flight of queued people, in `$batch` requests of 20 parts, a few batches at a time (Graph
 * throttles a tenant that fires everything at once). Resolve every row first, then ask the card's
 * own checks for each person found and decide with the card's own rules (`parseCard` →
 * `preflight`), so a queued person is "ready" for exactly the reasons a card would be.
 * Throttled parts are re-sent after Retry-After by `sendBatch`; what is still throttled after
 * that is left "not checked" (a failed resolve part), or the card's own "not checked" fact (a
 * failed check part), with a re-check as the next step.
 */
import type { PreflightBlock, QueueRowView } from '../../preload/contract';
import { partSucceeded, sendBatch, type BatchPart, type BatchResult, type BatchStep } from '../graph/batch';
import type { Graph } from '../graph/graph-client';
import { problemFromParts } from '../graph/graph-problem';
import { translateProblem } from '../graph/translate-problem';
import type { Clock } from '../kernel/ports';
import { AppFailure } from '../kernel/result';
import type { PolicyKnowledge } from '../tap-policy/policy';
import { policyGroupIds } from '../tap-policy/verdict';
import type { TechnicianContext } from '../tap/technician';
import { parseCard } from '../users/card-parse';
import { groupChunks } from '../users/card-steps';
import type { GraphUser } from '../users/user-summary';
import { checkSteps, resolveStep } from './queue-steps';

/** Parts in flight at once: four batches of 20, the concurrency Graph's guidance suggests. */
export const WAVE_PARTS = 80;

export interface RowToCheck {
  readonly index: number;
  readonly key: QueueRowView['key'];
}

export type RowVerdict = Pick<QueueRowView, 'state' | 'reasons' | 'notes' | 'user'>;

export interface CheckDeps {
  readonly graph: Graph;
  readonly clock: Clock;
  readonly technician: TechnicianContext;
  readonly policy: PolicyKnowledge;
  readonly privilegedGroupIds: readonly string[];
  readonly signal?: AbortSignal;
  /** Called after every wave: rows decided so far (with their verdicts) and requests spent. */
  readonly onWave: (verdicts: ReadonlyMap<number, RowVerdict>, requests: number) => void;
}

const notChecked = (reason: PreflightBlock): RowVerdict => ({ state: 'not-checked', reasons: [reason], notes: [] });

function failedPart(part: BatchPart | undefined, technician: TechnicianContext): RowVerdict {
  if (!part) {
    return notChecked({ code: 'internal', message: 'Microsoft Graph did not answer for this row.', hint: 'Re-check this row.' });
  }
  const failure = translateProblem(problemFromParts(part.status, part.headers, part.body), { operation: 'read', technician });
  return notChecked({ code: failure.code, message: failure.message, hint: failure.hint ?? 'Re-check this row.' });
}

const notFound = (key: RowToCheck['key']): RowVerdict => ({
  state: 'blocked',
  reasons: [
    {
      code: 'not-found',
      message: key.kind === 'upn' ? `No user ${key.value} in the directory.` : `No user with employee ID ${key.value} in the directory.`,
      hint: 'Check the spelling in the CSV, or ask whoever creates accounts whether it exists yet; then re-check.',
    },
  ],
  notes: [],
});

/** The resolve part → the user, or the row's verdict when nobody (or more than one) was found. */
function resolved(row: RowToCheck, part: BatchPart | undefined, technician: TechnicianContext): GraphUser | RowVerdict {
  if (row.key.kind === 'upn') {
    if (part?.status === 404) return notFound(row.key);
    return part && partSucceeded(part) ? (part.body as GraphUser) : failedPart(part, technician);
  }
  if (!part || !partSucceeded(part)) return failedPart(part, technician);
  const found = ((part.body as { value?: unknown } | null)?.value ?? []) as GraphUser[];
  if (found.length === 0) return notFound(row.key);
  if (found.length > 1) {
    return {
      state: 'blocked',
      reasons: [
        {
          code: 'conflict',
          message: `More than one user has employee ID ${row.key.value}, so TAP Desk cannot tell who is expected.`,
          hint: 'Put the UPN in the CSV for this person, or have the duplicate employee ID fixed in the directory.',
        },
      ],
      notes: [],
    };
  }
  return found[0] as GraphUser;
}

/** The card's verdict, with every fact that was not checked said as a note. */
function verdictOf(user: GraphUser, parts: ReadonlyMap<string, BatchPart>, groupIds: readonly string[], deps: CheckDeps): RowVerdict {
  const facts = parseCard({
    parts,
    groupChunks: groupChunks(groupIds),
    attempts: 0,
    policy: deps.policy,
    technician: deps.technician,
    privilegedGroupIds: deps.privilegedGroupIds,
    now: deps.clock.now(),
  });
  const { preflight, user: card } = facts.card;
  const unchecked = preflight.facts
    .filter((f) => f.state === 'not-checked')
    .map((f) => `Not checked: ${f.label}.${f.detail ? ` ${f.detail}` : ''}`);
  return {
    state: preflight.blocks.length > 0 ? 'blocked' : 'ready',
    user: { id: user.id, displayName: card.displayName, userPrincipalName: card.userPrincipalName },
    reasons: preflight.blocks,
    notes: [...unchecked, ...preflight.notes],
  };
}

/** The parts of one row, under the card's own part ids. */
function partsOf(row: number, result: BatchResult): Map<string, BatchPart> {
  const prefix = `${row}.`;
  const parts = new Map<string, BatchPart>();
  for (const [id, part] of result.parts) if (id.startsWith(prefix)) parts.set(id.slice(prefix.length), part);
  return parts;
}

/** Groups items into waves of at most WAVE_PARTS parts, never splitting one item's parts. */
async function inWaves<T>(items: readonly T[], stepsOf: (item: T) => BatchStep[], send: (wave: T[], steps: BatchStep[]) => Promise<void>): Promise<void> {
  let wave: T[] = [];
  let steps: BatchStep[] = [];
  for (const item of items) {
    const own = stepsOf(item);
    if (wave.length > 0 && steps.length + own.length > WAVE_PARTS) {
      await send(wave, steps);
      wave = [];
      steps = [];
    }
    wave.push(item);
    steps.push(...own);
  }
  if (wave.length > 0) await send(wave, steps);
}

/** Checks the rows; resolves with every row's verdict. Rejects (cancelled, signed out, offline) with an AppFailure. */
export async function checkRows(rows: readonly RowToCheck[], deps: CheckDeps): Promise<Map<number, RowVerdict>> {
  const verdicts = new Map<number, RowVerdict>();
  let requests = 0;
  const groupIds = [
    ...new Set([
      ...(deps.policy.kind === 'known' ? policyGroupIds(deps.policy.snapshot) : []),
      ...deps.privilegedGroupIds.map((id) => id.toLowerCase()),
    ]),
  ];
  const send = async (steps: BatchStep[]): Promise<BatchResult> => {
    if (deps.signal?.aborted) throw new AppFailure('cancelled', 'The pre-flight was stopped.', 'Check the rest when you are ready.');
    const result = await sendBatch(deps.graph, steps, {
      clock: deps.clock,
      timeoutMs: 30_000,
      context: { operation: 'read', technician: deps.technician },
      ...(deps.signal ? { signal: deps.signal } : {}),
    });
    requests += result.attempts;
    return result;
  };

  const found: { row: RowToCheck; user: GraphUser }[] = [];
  await inWaves(rows, (row) => [resolveStep(String(row.index), row.key)], async (wave, steps) => {
    const result = await send(steps);
    for (const row of wave) {
      const outcome = resolved(row, result.parts.get(String(row.index)), deps.technician);
      if ('state' in outcome) verdicts.set(row.index, outcome);
      else found.push({ row, user: outcome });
    }
    deps.onWave(verdicts, requests);
  });

  await inWaves(found, ({ row, user }) => checkSteps(row.index, user.id, groupIds), async (wave, steps) => {
    const result = await send(steps);
    for (const { row, user } of wave) {
      const parts = partsOf(row.index, result);
      parts.set('user', { id: 'user', status: 200, headers: {}, body: user });
      verdicts.set(row.index, verdictOf(user, parts, groupIds, deps));
    }
    deps.onWave(verdicts, requests);
  });
  return verdicts;
}
