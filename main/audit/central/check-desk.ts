/**
 * What the central side can prove about one desk from its forwarded records (and, if given, its
 * local journal): how many entries, from when to when, and every sign of trouble by name. A
 * repeat with the same hash is counted once (delivery is at least once); anything else that does
 * not add up is a finding.
 */
import { GENESIS_HASH, hashEntry, type AuditEntry } from '../entry';
import type { ForwardRecord } from '../forward/record';

export type FindingKind =
  | 'gap'
  | 'fork'
  | 'rewritten'
  | 'unexpected-genesis'
  | 'missing-locally'
  | 'local-journal-broken';

export interface Finding {
  readonly kind: FindingKind;
  readonly detail: string;
}

/** The desk's local journal as the verifier read it. */
export interface LocalChain {
  readonly entries: readonly AuditEntry[];
  /** The local walk's first problem (reordered, edited or torn lines), if any. */
  readonly broken?: string;
}

export interface DeskReport {
  readonly desk: string;
  /** Distinct entries whose hash checks out. */
  readonly entries: number;
  /** Copies of an entry already counted (same hash): delivery was at least once. */
  readonly repeats: number;
  readonly first?: string;
  readonly last?: string;
  readonly chains: number;
  /** Local entries not forwarded yet (a backlog, not a finding). */
  readonly notForwarded: number;
  readonly findings: readonly Finding[];
}

interface Checked {
  readonly record: ForwardRecord;
  readonly entry: AuditEntry;
}

export function checkDesk(desk: string, records: readonly ForwardRecord[], local?: LocalChain): DeskReport {
  const findings: Finding[] = [];
  const distinct = new Map<string, ForwardRecord>();
  for (const record of records) if (!distinct.has(record.EntryHash)) distinct.set(record.EntryHash, record);

  const valid: Checked[] = [];
  for (const record of distinct.values()) {
    const entry = parseEntry(record.Entry);
    const consistent =
      entry !== undefined &&
      hashEntry(entry) === record.EntryHash &&
      entry.hash === record.EntryHash &&
      entry.seq === record.Seq &&
      entry.prevHash === record.PrevHash;
    if (entry && consistent) valid.push({ record, entry });
    else
      findings.push({
        kind: 'rewritten',
        detail: `seq ${record.Seq}: the entry does not hash to ${record.EntryHash.slice(0, 12)}… (changed after it left the desk)`,
      });
  }

  const chains = splitChains(valid);
  chains.forEach((chain, index) => {
    const root = chain.find((c) => c.entry.prevHash === GENESIS_HASH);
    if (index > 0 && root) {
      const before = chains.slice(0, index).reduce((n, c) => n + c.length, 0);
      findings.push({
        kind: 'unexpected-genesis',
        detail: `a new chain began at ${root.entry.time}${root.entry.reason ? ` (${root.entry.reason})` : ''} after ${before} entries: the journal was deleted, emptied or replaced`,
      });
    }
    findings.push(...chainFindings(chain));
  });

  let notForwarded = 0;
  if (local) {
    const compared = compareLocal(chains, local);
    findings.push(...compared.findings);
    notForwarded = compared.notForwarded;
  }

  const times = valid.map((c) => c.entry.time).sort();
  return {
    desk,
    entries: valid.length,
    repeats: records.length - distinct.size,
    ...(times[0] === undefined ? {} : { first: times[0], last: times[times.length - 1] }),
    chains: chains.length,
    notForwarded,
    findings,
  };
}

/**
 * Chains by their links: each entry follows its prevHash back to a root (prevHash all zeros).
 * An entry whose predecessor never arrived joins the newest chain begun at or before its time.
 */
function splitChains(valid: readonly Checked[]): Checked[][] {
  const byHash = new Map(valid.map((c) => [c.entry.hash, c]));
  const roots = valid
    .filter((c) => c.entry.prevHash === GENESIS_HASH)
    .sort((a, b) => a.entry.time.localeCompare(b.entry.time));
  const rootOf = new Map<string, string>();
  const findRoot = (start: Checked): string | undefined => {
    const path: string[] = [];
    let at: Checked | undefined = start;
    let found: string | undefined;
    while (at) {
      const known = rootOf.get(at.entry.hash);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(at.entry.hash);
      if (at.entry.prevHash === GENESIS_HASH) {
        found = at.entry.hash;
        break;
      }
      at = byHash.get(at.entry.prevHash);
    }
    if (found !== undefined) for (const hash of path) rootOf.set(hash, found);
    return found;
  };
  const chains = new Map<string, Checked[]>(roots.map((r) => [r.entry.hash, []]));
  const orphanKey = 'no-root';
  for (const checked of valid) {
    let root = findRoot(checked);
    if (root === undefined) {
      const earlier = roots.filter((r) => r.entry.time <= checked.entry.time);
      root = (earlier[earlier.length - 1] ?? roots[0])?.entry.hash ?? orphanKey;
    }
    const chain = chains.get(root) ?? [];
    chain.push(checked);
    chains.set(root, chain);
  }
  return [...chains.values()]
    .filter((chain) => chain.length > 0)
    .map((chain) => chain.sort((a, b) => a.entry.seq - b.entry.seq || a.entry.time.localeCompare(b.entry.time)));
}

function chainFindings(chain: readonly Checked[]): Finding[] {
  const findings: Finding[] = [];
  const bySeq = new Map<number, Checked[]>();
  for (const c of chain) bySeq.set(c.entry.seq, [...(bySeq.get(c.entry.seq) ?? []), c]);
  const seqs = [...bySeq.keys()].sort((a, b) => a - b);
  let expected = 1;
  for (const seq of seqs) {
    if (seq > expected) {
      findings.push({
        kind: 'gap',
        detail: seq - 1 === expected ? `seq ${expected} never arrived` : `seq ${expected} to ${seq - 1} never arrived`,
      });
    }
    expected = seq + 1;
    const versions = bySeq.get(seq) ?? [];
    if (versions.length > 1) {
      const sameTime = versions.every((v) => v.entry.time === versions[0]?.entry.time);
      findings.push(
        sameTime
          ? { kind: 'rewritten', detail: `seq ${seq} arrived in ${versions.length} versions with the same time: it was edited and re-hashed` }
          : {
              kind: 'fork',
              detail: `seq ${seq}: ${versions.length} different entries follow the same chain (a cut tail written again, or two writers on one chain)`,
            },
      );
      continue;
    }
    const previous = bySeq.get(seq - 1);
    const only = versions[0];
    if (only && previous?.length === 1 && previous[0]?.entry.hash !== only.entry.prevHash) {
      findings.push({
        kind: 'rewritten',
        detail: `seq ${seq} does not chain from seq ${seq - 1}: an entry was changed and re-hashed`,
      });
    }
  }
  return findings;
}

/** The local journal against the chain it claims to continue (the one sharing its first entry). */
function compareLocal(
  chains: readonly Checked[][],
  local: LocalChain,
): { findings: Finding[]; notForwarded: number } {
  const findings: Finding[] = [];
  if (local.broken) findings.push({ kind: 'local-journal-broken', detail: `the local journal does not verify: ${local.broken}` });
  const localRoot = local.entries.find((e) => e.seq === 1);
  const chain = chains.find((c) => c.some((x) => x.entry.hash === localRoot?.hash)) ?? chains[chains.length - 1] ?? [];
  const localBySeq = new Map(local.entries.map((e) => [e.seq, e.hash]));
  const centralSeqs = new Set(chain.map((c) => c.entry.seq));
  const missing: number[] = [];
  for (const { entry } of chain) {
    const here = localBySeq.get(entry.seq);
    if (here === undefined) missing.push(entry.seq);
    else if (here !== entry.hash)
      findings.push({ kind: 'rewritten', detail: `seq ${entry.seq} differs in the local journal from what was forwarded` });
  }
  if (missing.length > 0)
    findings.push({
      kind: 'missing-locally',
      detail: `${missing.length} forwarded entries are gone from the local journal (seq ${missing[0]}${missing.length > 1 ? ` to ${missing[missing.length - 1]}` : ''})`,
    });
  const earlier = chains.indexOf(chain);
  if (earlier > 0)
    findings.push({
      kind: 'missing-locally',
      detail: `${chains.slice(0, earlier).reduce((n, c) => n + c.length, 0)} entries of earlier chains have no local copy`,
    });
  const notForwarded = local.entries.filter((e) => !centralSeqs.has(e.seq)).length;
  return { findings, notForwarded };
}

function parseEntry(text: string): AuditEntry | undefined {
  try {
    const value = JSON.parse(text) as AuditEntry;
    return typeof value === 'object' && value !== null && typeof value.hash === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
