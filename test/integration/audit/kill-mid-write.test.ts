import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAuditJournal } from '../../../main/audit/journal';
import { systemClock } from '../../../main/kernel/ports';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const script = join(here, 'append-loop.ts');

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tap-audit-kill-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/**
 * Runs the append loop in a real child process and SIGKILLs it once `shouldKill` says so.
 * Resolves with the last sequence number the child reported as durably appended.
 */
function runAndKill(
  mode: 'plain' | 'split',
  shouldKill: (line: string, appended: number) => boolean,
) {
  return new Promise<{ appended: number; signal: NodeJS.Signals | null }>((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, folder, mode], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let appended = 0;
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^appended (\d+)$/.exec(line);
        if (match) appended = Number(match[1]);
        if (shouldKill(line, appended)) child.kill('SIGKILL');
      }
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (signal === null) fail(new Error(`child exited by itself (${code}): ${stderr}`));
      else done({ appended, signal });
    });
  });
}

describe('audit journal under SIGKILL (real child process)', () => {
  it('killed mid-line: verifies up to its last whole entry and continues in a new segment', async () => {
    const { appended, signal } = await runAndKill('split', (line) => line === 'half');
    expect(signal).toBe('SIGKILL');
    expect(appended).toBe(5);

    const journal = createAuditJournal({ folder, clock: systemClock });
    expect(await journal.verify()).toEqual({
      ok: true,
      entries: 5,
      segments: 1,
      tornTail: { file: 'journal-0001.jsonl', line: 6 },
    });

    const report = await journal.open();
    expect(report.tornTail).toEqual({ file: 'journal-0001.jsonl', line: 6 });
    expect(report.segment).toBe('journal-0002.jsonl');
    const next = await journal.append({ action: 'sign-in', result: 'success' });
    expect(next.seq).toBe(7); // 5 whole entries, the segment-start, then this one
    expect(await journal.verify()).toMatchObject({ ok: true, entries: 7, segments: 2 });
    expect((await readdir(folder)).sort()).toEqual(['journal-0001.jsonl', 'journal-0002.jsonl']);
  });

  it('killed at an arbitrary moment of a busy loop: every reported entry survives and the chain verifies', async () => {
    const { appended } = await runAndKill('plain', (_line, count) => count >= 25);
    const journal = createAuditJournal({ folder, clock: systemClock });
    const verification = await journal.verify();
    expect(verification.ok).toBe(true);
    // Everything the child acknowledged is on disk; at most the one in flight is extra.
    expect(verification.entries).toBeGreaterThanOrEqual(appended);
    expect(verification.entries).toBeLessThanOrEqual(appended + 1);

    await journal.append({ action: 'sign-out', result: 'success' });
    const after = await journal.verify();
    expect(after.ok).toBe(true);
    expect(after.segments).toBe(verification.tornTail ? 2 : 1);
  });
});
