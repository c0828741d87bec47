/**
 * The central verifier against every tampering of a local journal and every transport fault the
 * issue names, and a clean multi-desk stream in every input format it reads.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAuditVerify } from '../../../main/audit/central/verify-cli';
import { hashEntry, type AuditEntry } from '../../../main/audit/entry';
import { toForwardRecord, type ForwardRecord } from '../../../main/audit/forward/record';
import { syslogMessage } from '../../../main/audit/forward/syslog-frame';
import { createAuditJournal } from '../../../main/audit/journal';
import { walkJournal } from '../../../main/audit/walk';
import type { Clock } from '../../../main/kernel/ports';

let root: string;
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A clock that moves one minute per reading, so every entry has its own time. */
function minuteClock(): Clock {
  let now = Date.parse('2026-12-01T09:00:00Z');
  return { now: () => (now += 60_000), setTimeout: () => () => undefined };
}

async function deskJournal(folder: string, desk: string, entries: number, reason = 'first start on this desk') {
  const journal = createAuditJournal({ folder, clock: minuteClock(), desk, genesisReason: async () => reason });
  for (let n = 1; n <= entries; n += 1)
    await journal.append({ action: 'mint', result: 'success', target: { upn: `u${n}@contoso.example` }, ticket: `INC00${1000 + n}` });
}

async function forwarded(folder: string, desk: string): Promise<ForwardRecord[]> {
  const walk = await walkJournal(folder, desk);
  return walk.entries.map((entry, i) => toForwardRecord(entry, desk, walk.files[i] ?? ''));
}

const segment = (folder: string, desk: string) => join(folder, `journal-${desk}-0001.jsonl`);

async function lines(file: string): Promise<AuditEntry[]> {
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AuditEntry);
}

async function writeLines(file: string, entries: readonly AuditEntry[]): Promise<void> {
  await writeFile(file, entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
}

/** Edits one entry and re-hashes it and everything after, as someone covering their tracks would. */
function editAndRehash(entries: readonly AuditEntry[], seq: number, change: Partial<AuditEntry>): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev: string | undefined;
  for (const entry of entries) {
    let next: AuditEntry = entry.seq === seq ? { ...entry, ...change } : entry;
    if (entry.seq >= seq) {
      const body: Record<string, unknown> = { ...next, prevHash: prev ?? next.prevHash };
      delete body['hash'];
      next = { ...(body as Omit<AuditEntry, 'hash'>), hash: hashEntry(body) } as AuditEntry;
    }
    prev = next.hash;
    out.push(next);
  }
  return out;
}

const json = (records: readonly ForwardRecord[]) => JSON.stringify(records);
const csv = (records: readonly ForwardRecord[]) => {
  const columns = ['TimeGenerated', 'DeskId', 'Segment', 'Seq', 'EntryHash', 'PrevHash', 'Action', 'Result', 'Demo', 'Entry'] as const;
  const quote = (v: unknown) => `"${String(v ?? '').replaceAll('"', '""')}"`;
  return [columns.join(','), ...records.map((r) => columns.map((c) => quote(r[c])).join(','))].join('\r\n');
};
/** As rsyslog writes a file: its own timestamp and host in front of the message. */
const rsyslog = (records: readonly ForwardRecord[]) =>
  records.map((r) => `2026-12-01T09:30:00+00:00 collector ${syslogMessage(r)}`).join('\n');
const queryApi = (records: readonly ForwardRecord[]) => {
  const columns = Object.keys(records[0] ?? {}).map((name) => ({ name, type: 'string' }));
  return JSON.stringify({ tables: [{ name: 'PrimaryResult', columns, rows: records.map((r) => columns.map((c) => (r as unknown as Record<string, unknown>)[c.name])) }] });
};

async function verify(files: Record<string, string>, local?: string) {
  const inputs = join(root, `in-${Math.random().toString(16).slice(2)}`);
  await import('node:fs/promises').then((fs) => fs.mkdir(inputs));
  for (const [name, text] of Object.entries(files)) await writeFile(join(inputs, name), text);
  return runAuditVerify([inputs, ...(local ? ['--local', local] : [])]);
}

const kinds = (run: Awaited<ReturnType<typeof verify>>, desk: string) =>
  run.reports.find((r) => r.desk === desk)?.findings.map((f) => f.kind) ?? [];

describe('audit:verify', () => {
  it('passes a clean multi-desk stream in every format, with the local journals too', async () => {
    root = await mkdtemp(join(tmpdir(), 'tap-verify-'));
    const shared = join(root, 'shared');
    await deskJournal(shared, 'DESK-A', 5);
    await deskJournal(shared, 'DESK-B', 3);
    await deskJournal(shared, 'DESK-C', 4);
    const a = await forwarded(shared, 'DESK-A');
    const b = await forwarded(shared, 'DESK-B');
    const c = await forwarded(shared, 'DESK-C');
    const run = await verify(
      { 'export.json': json(a.slice(0, 3)), 'export.csv': csv(a.slice(3)), 'tap.log': rsyslog(b), 'query.json': queryApi(c) },
      shared,
    );
    expect(run.output).toContain('OK: every desk verifies.');
    expect(run.exitCode).toBe(0);
    expect(run.reports.map((r) => [r.desk, r.entries, r.chains])).toEqual([
      ['DESK-A', 6, 1],
      ['DESK-B', 4, 1],
      ['DESK-C', 5, 1],
    ]);
  });

  it('counts a duplicate once and names a gap', async () => {
    root = await mkdtemp(join(tmpdir(), 'tap-verify-'));
    const folder = join(root, 'audit');
    await deskJournal(folder, 'DESK-A', 6);
    const records = await forwarded(folder, 'DESK-A');
    const duplicated = await verify({ 'a.json': json([...records, records[2] as ForwardRecord, records[3] as ForwardRecord]) });
    expect(duplicated.exitCode).toBe(0);
    expect(duplicated.reports[0]).toMatchObject({ entries: 7, repeats: 2, findings: [] });
    const gap = await verify({ 'a.json': json(records.filter((r) => r.Seq !== 4 && r.Seq !== 5)) });
    expect(gap.exitCode).toBe(1);
    expect(gap.reports[0]?.findings).toEqual([{ kind: 'gap', detail: 'seq 4 to 5 never arrived' }]);
  });

  it('names an edit with re-hash: locally (with the local journal) and when the edited chain is forwarded again', async () => {
    root = await mkdtemp(join(tmpdir(), 'tap-verify-'));
    const folder = join(root, 'audit');
    await deskJournal(folder, 'DESK-A', 5);
    const original = await forwarded(folder, 'DESK-A');
    const file = segment(folder, 'DESK-A');
    await writeLines(file, editAndRehash(await lines(file), 3, { ticket: 'INC009999' }));
    // The edited journal still verifies on its own: that is the point of re-hashing.
    expect((await walkJournal(folder, 'DESK-A')).verification.ok).toBe(true);
    const withLocal = await verify({ 'a.json': json(original) }, folder);
    expect(kinds(withLocal, 'DESK-A')).toEqual(['rewritten', 'rewritten', 'rewritten', 'rewritten']);
    const reforwarded = await verify({ 'a.json': json([...original, ...(await forwarded(folder, 'DESK-A'))]) });
    expect(kinds(reforwarded, 'DESK-A')).toContain('rewritten');
    expect(reforwarded.exitCode).toBe(1);
  });

  it('names a cut tail: missing locally, and a fork once the desk writes on', async () => {
    root = await mkdtemp(join(tmpdir(), 'tap-verify-'));
    const folder = join(root, 'audit');
    await deskJournal(folder, 'DESK-A', 5);
    const before = await forwarded(folder, 'DESK-A');
    const file = segment(folder, 'DESK-A');
    await writeLines(file, (await lines(file)).slice(0, 4));
    const cut = await verify({ 'a.json': json(before) }, folder);
    expect(cut.reports[0]?.findings).toEqual([
      { kind: 'missing-locally', detail: '2 forwarded entries are gone from the local journal (seq 5 to 6)' },
    ]);
    await createAuditJournal({ folder, clock: minuteClock(), desk: 'DESK-A' }).append({ action: 'sign-in', result: 'success' });
    const after = await verify({ 'a.json': json([...before, ...(await forwarded(folder, 'DESK-A'))]) });
    expect(kinds(after, 'DESK-A')).toContain('fork');
  });

  it('names a deleted journal and its new chain as an unexpected genesis, and the lost chain as missing locally', async () => {
    root = await mkdtemp(join(tmpdir(), 'tap-verify-'));
    const folder = join(root, 'audit');
    await deskJournal(folder, 'DESK-A', 3);
    const first = await forwarded(folder, 'DESK-A');
    await rm(segment(folder, 'DESK-A'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const clock = minuteClock();
    const later: Clock = { now: () => clock.now() + 3_600_000, setTimeout: clock.setTimeout };
    const journal = createAuditJournal({ folder, clock: later, desk: 'DESK-A', genesisReason: async () => 'journal missing: 4 entries were forwarded before' });
    await journal.append({ action: 'sign-in', result: 'success' });
    const run = await verify({ 'a.json': json([...first, ...(await forwarded(folder, 'DESK-A'))]) }, folder);
    expect(kinds(run, 'DESK-A')).toEqual(['unexpected-genesis', 'missing-locally']);
    expect(run.reports[0]?.findings[0]?.detail).toContain('journal missing: 4 entries were forwarded before');
    expect(run.reports[0]?.chains).toBe(2);
  });

  it('names a reordered local journal and a record changed in transit', async () => {
    root = await mkdtemp(join(tmpdir(), 'tap-verify-'));
    const folder = join(root, 'audit');
    await deskJournal(folder, 'DESK-A', 4);
    const records = await forwarded(folder, 'DESK-A');
    const file = segment(folder, 'DESK-A');
    const entries = await lines(file);
    await writeLines(file, [entries[0], entries[2], entries[1], ...entries.slice(3)] as AuditEntry[]);
    const reordered = await verify({ 'a.json': json(records) }, folder);
    expect(kinds(reordered, 'DESK-A')).toEqual(['local-journal-broken']);
    const forged = records.map((r) => (r.Seq === 2 ? { ...r, Entry: r.Entry.replace('INC001001', 'INC001999') } : r));
    const transit = await verify({ 'a.json': json(forged) });
    expect(kinds(transit, 'DESK-A')).toContain('rewritten');
  });

  it('exits 2 with usage when given nothing, and 2 when an input cannot be read', async () => {
    root = await mkdtemp(join(tmpdir(), 'tap-verify-'));
    expect((await runAuditVerify([])).exitCode).toBe(2);
    expect((await runAuditVerify([join(root, 'nope')])).exitCode).toBe(2);
  });
});
