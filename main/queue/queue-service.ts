/**
 * The onboarding queue behind the `queue.*` commands: the rows of one imported CSV, in memory
 * only (it is gone on quit, sign-out or a tenant switch, and it never holds a pass), their
 * pre-flight, and "done" when a pass from the queue was handed over. One pre-flight at a time.
 */
import { randomUUID } from 'node:crypto';
import type { Args, QueueRejectedLine, QueueRowView, QueueView } from '../../preload/contract';
import type { Graph } from '../graph/graph-client';
import type { Clock } from '../kernel/ports';
import { AppFailure } from '../kernel/result';
import { policyGroupIds } from '../tap-policy/verdict';
import { requireTechnician, type TechnicianContext } from '../tap/technician';
import { readPolicy } from '../tap-policy/read';
import { importQueueCsv, QueueImportError } from './csv-import';
import { checkRows, type RowVerdict } from './queue-check';
import { writeQueueExport } from './queue-export';

export interface QueueDeps {
  readonly clock: Clock;
  /** Graph and the technician of the live connection; throws when there is none. */
  readonly connection: () => { readonly graph: Graph; readonly technician: TechnicianContext | null };
  readonly ticketPattern: () => string;
  readonly privilegedGroupIds: () => readonly string[];
  /** The journal's folder: exports go to its `exports/`. */
  readonly exportFolder: () => string;
  readonly onChange: (view: QueueView) => void;
}

export interface QueueService {
  get(): Promise<QueueView>;
  import(args: Args<'queue.import'>): Promise<QueueView>;
  check(args: Args<'queue.check'>): Promise<QueueView>;
  cancel(): Promise<QueueView>;
  clear(): Promise<QueueView>;
  exportCsv(): Promise<{ path: string; rows: number }>;
  /** The queue's name for a mint from this row, after checking the row names that user. */
  forMint(rowId: string, userId: string): string;
  /** The pass from this row was handed over. */
  markDone(rowId: string): void;
}

type Row = { -readonly [K in keyof QueueRowView]: QueueRowView[K] };

const busy = () => new AppFailure('conflict', 'The queue is being checked right now.', 'Wait for it to finish, or stop it first.');

export function createQueueService(deps: QueueDeps): QueueService {
  let name: string | null = null;
  let rows: Row[] = [];
  let rejected: readonly QueueRejectedLine[] = [];
  let progress: QueueView['progress'] = null;
  let error: QueueView['error'];
  let running: AbortController | null = null;

  const view = (): QueueView => ({
    name,
    rows: rows.map((r) => ({ ...r })),
    rejected,
    progress,
    ...(error ? { error } : {}),
  });
  const changed = (): QueueView => {
    const current = view();
    deps.onChange(current);
    return current;
  };

  function rowById(rowId: string): Row {
    const row = rows.find((r) => r.id === rowId);
    if (!row) throw new AppFailure('not-found', 'That person is no longer in the queue.', 'Import the queue again, or find the user by name.');
    return row;
  }

  function apply(row: Row, verdict: RowVerdict): void {
    row.state = verdict.state;
    row.reasons = verdict.reasons;
    row.notes = verdict.notes;
    if (verdict.user) row.user = verdict.user;
    else delete row.user;
    row.checkedAt = new Date(deps.clock.now()).toISOString();
  }

  async function run(targets: Row[]): Promise<QueueView> {
    const { graph, technician: current } = deps.connection();
    const technician = requireTechnician(() => current, 'Sign in to check the queue.');
    const controller = new AbortController();
    running = controller;
    error = undefined;
    for (const row of targets) row.state = 'checking';
    progress = { running: true, done: 0, total: targets.length, requests: 0 };
    changed();
    let requests = 0;
    try {
      // Read fresh for every run: the queue is checked ahead of time, an old policy would mislead.
      const policy = await readPolicy(graph, deps.clock, technician, controller.signal);
      // One GET, plus one batch for the target groups' names when it names groups.
      requests += policy.kind === 'known' && policyGroupIds(policy.snapshot).length > 0 ? 2 : 1;
      const verdicts = await checkRows(
        targets.map((row, index) => ({ index, key: row.key })),
        {
          graph,
          clock: deps.clock,
          technician,
          policy,
          privilegedGroupIds: deps.privilegedGroupIds(),
          signal: controller.signal,
          onWave: (done, spent) => {
            for (const [index, verdict] of done) if (targets[index]?.state === 'checking') apply(targets[index], verdict);
            progress = { running: true, done: done.size, total: targets.length, requests: requests + spent };
            changed();
          },
        },
      );
      progress = { running: false, done: verdicts.size, total: targets.length, requests: progress?.requests ?? requests };
    } catch (caught) {
      const failure = caught instanceof AppFailure ? caught : new AppFailure('internal', 'The pre-flight stopped unexpectedly.', 'Check the rest again.');
      error = failure.toError();
      progress = { running: false, done: progress?.done ?? 0, total: targets.length, requests: progress?.requests ?? requests };
    } finally {
      if (running === controller) running = null;
      // Rows the run did not reach go back to "not checked", never left looking busy.
      for (const row of targets) if (row.state === 'checking') row.state = 'not-checked';
    }
    return changed();
  }

  return {
    get: async () => view(),
    async import(args) {
      if (running) throw busy();
      let result;
      try {
        result = importQueueCsv(args.text, deps.ticketPattern(), deps.clock.now());
      } catch (caught) {
        if (caught instanceof QueueImportError) throw new AppFailure('bad-request', caught.message, 'Fix the file and import it again.');
        throw caught;
      }
      name = args.name;
      rows = result.rows.map((r) => ({ ...r, id: randomUUID(), state: 'not-checked', reasons: [], notes: [] }));
      rejected = result.rejected;
      progress = null;
      error = undefined;
      return changed();
    },
    async check(args) {
      if (running) throw busy();
      const targets = args.rowId ? [rowById(args.rowId)] : rows.filter((r) => r.state !== 'done');
      if (targets.some((r) => r.state === 'done')) {
        throw new AppFailure('conflict', 'This person was already served from the queue.', 'Open their card to see their pass.');
      }
      return run(targets);
    },
    async cancel() {
      running?.abort();
      return view();
    },
    async clear() {
      running?.abort();
      name = null;
      rows = [];
      rejected = [];
      progress = null;
      error = undefined;
      return changed();
    },
    async exportCsv() {
      if (!name) throw new AppFailure('not-found', 'There is no queue to export.', 'Import a CSV of expected arrivals first.');
      const path = await writeQueueExport(deps.exportFolder(), name, view().rows, deps.clock.now());
      return { path, rows: rows.length };
    },
    forMint(rowId, userId) {
      const row = rowById(rowId);
      if (!row.user || row.user.id.toLowerCase() !== userId.toLowerCase()) {
        throw new AppFailure('bad-request', 'This queue row is for someone else.', 'Pick the person again from the queue.');
      }
      if (row.state === 'done') throw new AppFailure('conflict', 'This person was already served from the queue.', 'Open their card to see their pass.');
      return name ?? 'queue';
    },
    markDone(rowId) {
      const row = rows.find((r) => r.id === rowId);
      if (!row) return;
      row.state = 'done';
      row.doneAt = new Date(deps.clock.now()).toISOString();
      changed();
    },
  };
}
