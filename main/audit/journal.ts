/**
 * The audit journal: append-only, hash-chained JSON Lines in segment files, durable before
 * `append` resolves. Opening it repairs nothing in place: a torn last line is reported and the
 * journal continues in a new segment whose first entry records the break.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clock, SaveDialog } from '../kernel/ports';
import type { AuditService } from '../kernel/services';
import type { SecretCheck } from '../log/redactor';
import { auditListLimit, type ExportOutcome } from '../../preload/contract';
import { AppFailure } from '../kernel/result';
import {
  GENESIS_HASH,
  buildEntry,
  buildSegmentStart,
  type AuditEntry,
  type AuditInput,
} from './entry';
import { toCsv } from './csv';
import { exportFileName, writeOwnerOnly } from './export-file';
import { nodeJournalFile, type JournalFile } from './journal-file';
import { markDemo } from './demo-mark';
import { buildGenesis } from './genesis';
import { assertNoSecrets } from './secret-guard';
import { segmentName } from './segments';
import { matches, toView } from './view';
import { walkJournal } from './walk';

export interface AuditJournalOptions {
  readonly folder: string;
  readonly clock: Clock;
  /** Secrets alive right now (the redactor): an entry carrying one is refused. */
  readonly secrets?: SecretCheck;
  /** Durable appends; tests may pass an adapter that writes slowly to be killed mid-line. */
  readonly file?: JournalFile;
  /** The most entries `list` returns (newest first); the CSV export has them all. */
  readonly listLimit?: number;
  /** The demo tenant's journal: every entry carries `demo: true`, inside its hash. */
  readonly demo?: boolean;
  /**
   * The desk this journal's chain belongs to: in its segment names, so a shared folder holds one
   * chain per desk, and in the `genesis` entry that starts every new chain.
   */
  readonly desk?: string;
  /** Why a new chain starts here (first start, or a journal that went missing). */
  readonly genesisReason?: () => Promise<string>;
  /** Told about each entry once it is on disk (the forwarder); never awaited, never delays. */
  readonly onAppended?: (entry: AuditEntry) => void;
}

/** What opening found: the segment written next and any torn line it stepped over. */
export interface AuditOpenReport {
  readonly segment: string;
  readonly entries: number;
  readonly tornTail?: { readonly file: string; readonly line: number };
}

export interface AuditJournal extends Omit<AuditService, 'exportCsv'> {
  /** Every entry as CSV, saved where `dialog` says (or handed back for a browser download). */
  exportCsv(dialog: SaveDialog): Promise<ExportOutcome>;
  /** Scans the folder once; later calls return the first report. `append` calls it implicitly. */
  open(): Promise<AuditOpenReport>;
  /** Writes one entry and resolves only once it is on disk. */
  append(input: AuditInput): Promise<AuditEntry>;
}

interface ChainState {
  file: string;
  seq: number;
  prevHash: string;
  report: AuditOpenReport;
}

/** Creates the journal over `folder`. Nothing touches the disk until the first call. */
export function createAuditJournal(options: AuditJournalOptions): AuditJournal {
  const { folder, clock, secrets, desk } = options;
  const file = options.file ?? nodeJournalFile;
  let state: Promise<ChainState> | undefined;
  // Appends run one at a time, in call order, so the counter and the chain never fork.
  let queue: Promise<unknown> = Promise.resolve();

  const now = (): string => new Date(clock.now()).toISOString();
  const mark = (entry: AuditEntry): AuditEntry => (options.demo ? markDemo(entry) : entry);

  const openState = async (): Promise<ChainState> => {
    await mkdir(folder, { recursive: true });
    const walk = await walkJournal(folder, desk);
    const seq = (walk.last?.seq ?? 0) + 1;
    const prevHash = walk.last?.hash ?? GENESIS_HASH;
    const newest = walk.newest;
    if (!newest) {
      const first = segmentName(1, desk);
      if (desk === undefined) return { file: first, seq, prevHash, report: { segment: first, entries: 0 } };
      const reason = (await options.genesisReason?.()) ?? 'new journal';
      const genesis = mark(buildGenesis(desk, reason, now()));
      await file.append(join(folder, first), `${JSON.stringify(genesis)}\n`);
      options.onAppended?.(genesis);
      return { file: first, seq: 2, prevHash: genesis.hash, report: { segment: first, entries: 1 } };
    }
    if (!newest.torn) {
      return {
        file: newest.file,
        seq,
        prevHash,
        report: { segment: newest.file, entries: walk.entries.length },
      };
    }
    const tornTail = { file: newest.file, line: newest.torn.line };
    const next = segmentName(newest.index + 1, desk);
    const start = mark(buildSegmentStart({ ...tornTail, lastHash: prevHash }, { seq, prevHash }, now()));
    await file.append(join(folder, next), `${JSON.stringify(start)}\n`);
    options.onAppended?.(start);
    return {
      file: next,
      seq: seq + 1,
      prevHash: start.hash,
      report: { segment: next, entries: walk.entries.length + 1, tornTail },
    };
  };

  const ensureOpen = (): Promise<ChainState> => {
    state ??= openState().catch((error: unknown) => {
      state = undefined;
      throw unavailable(error);
    });
    return state;
  };

  const append = (input: AuditInput): Promise<AuditEntry> => {
    const run = queue.then(async () => {
      const chain = await ensureOpen();
      const entry = mark(buildEntry(input, chain, now()));
      assertNoSecrets(entry, secrets);
      try {
        await file.append(join(folder, chain.file), `${JSON.stringify(entry)}\n`);
      } catch (error) {
        // The write may have left a partial line: rescan (and start a new segment) next time.
        state = undefined;
        throw unavailable(error);
      }
      chain.seq = entry.seq + 1;
      chain.prevHash = entry.hash;
      options.onAppended?.(entry);
      return entry;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  const walk = async (): ReturnType<typeof walkJournal> => {
    try {
      return await walkJournal(folder, desk);
    } catch (error) {
      throw unavailable(error);
    }
  };

  return {
    open: async () => (await ensureOpen()).report,
    append,
    async list(filter) {
      const { entries } = await walk();
      const matching = entries.filter((entry) => matches(entry, filter));
      const newest = matching.slice(-(options.listLimit ?? auditListLimit)).map(toView).reverse();
      return { entries: newest, total: matching.length, folder };
    },
    async verify() {
      return (await walk()).verification;
    },
    async exportCsv(dialog) {
      const { entries } = await walk();
      const csv = toCsv(entries);
      const name = exportFileName(clock.now());
      const choice = await dialog.choose({ title: 'Export the audit journal', defaultName: name });
      if (choice.kind === 'cancelled') return { kind: 'cancelled' };
      if (choice.kind === 'download') return { kind: 'download', name, csv, rows: entries.length };
      try {
        await writeOwnerOnly(choice.path, csv);
      } catch (error) {
        throw exportFailed(error);
      }
      return { kind: 'saved', path: choice.path, rows: entries.length };
    },
  };
}

/** The journal is fine; the place the technician chose is not. */
function exportFailed(error: unknown): AppFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new AppFailure(
    'audit-unavailable',
    `The export could not be written there${code ? ` (${code})` : ''}.`,
    'Choose a folder you can write to, then export again.',
  );
}

function unavailable(error: unknown): unknown {
  if (error instanceof AppFailure) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new AppFailure(
    'audit-unavailable',
    `The audit journal could not be read or written${code ? ` (${code})` : ''}.`,
    'Check that the audit folder exists and that you can write to it, then try again.',
  );
}
