import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createAuditJournal } from '../../../main/audit/journal';
import type { AuditInput } from '../../../main/audit/entry';
import { createRedactor } from '../../../main/log/redactor';
import { AppFailure } from '../../../main/kernel/result';
import { clock, mint, tempFolder } from './journal-helpers';

let folder: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  ({ folder, cleanup } = await tempFolder());
});
afterEach(() => cleanup());

describe('createAuditJournal: what it writes', () => {
  it('refuses an entry that carries a live secret, naming the field and not the value', async () => {
    const secrets = createRedactor();
    secrets.register('Pa55+word!Tap');
    const journal = createAuditJournal({ folder, clock: clock(), secrets });
    const attempt = journal.append(mint(1, { ticket: 'INC1 Pa55+word!Tap' }));
    await expect(attempt).rejects.toThrow('field "ticket" carries a secret');
    await expect(attempt).rejects.not.toThrow('Pa55');
    await expect(journal.append(mint(2, { checklist: ['ok', 'x Pa55+word!Tap'] }))).rejects.toThrow(
      'checklist[1]',
    );
    // Nothing reached the disk, and the chain is still usable.
    await journal.append(mint(3));
    const text = await readFile(join(folder, 'journal-0001.jsonl'), 'utf8');
    expect(text).not.toContain('Pa55');
    expect(await journal.verify()).toMatchObject({ ok: true, entries: 1 });
  });

  it('refuses token-shaped values even when nobody registered them', async () => {
    const journal = createAuditJournal({ folder, clock: clock() });
    const jwt = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.c2ln';
    await expect(journal.append(mint(1, { requestId: jwt }))).rejects.toThrow('requestId');
  });

  it('writes only schema fields: an extra property smuggled in by a caller is dropped', async () => {
    const journal = createAuditJournal({ folder, clock: clock() });
    const smuggled = { ...mint(1), pass: 'Smuggled123', accessToken: 'tok' } as AuditInput;
    await journal.append(smuggled);
    const text = await readFile(join(folder, 'journal-0001.jsonl'), 'utf8');
    expect(text).not.toContain('Smuggled123');
    expect(text).not.toContain('accessToken');
  });

  it('records every field of a failed attempt with its error code and time from the clock', async () => {
    const journal = createAuditJournal({ folder, clock: clock() });
    const entry = await journal.append({
      action: 'mint',
      result: 'failure',
      technician: { upn: 'tech@contoso.test', id: 't-1' },
      target: { upn: 'adele@contoso.test', id: 'u-1' },
      ticket: 'INC42',
      tier: 'privileged',
      checklist: ['photo-id', 'second-tech'],
      method: 'video',
      lifetimeInMinutes: 120,
      startDateTime: '2026-11-26T10:00:00Z',
      isUsableOnce: false,
      errorCode: 'user-not-in-policy',
      requestId: 'r-42',
    });
    const line = JSON.parse(await readFile(join(folder, 'journal-0001.jsonl'), 'utf8')) as unknown;
    expect(line).toEqual(entry);
    expect(entry).toMatchObject({
      seq: 1,
      time: '2026-11-26T09:00:00.000Z',
      errorCode: 'user-not-in-policy',
    });
  });

  it('keeps concurrent appends in call order with a gapless counter', async () => {
    const journal = createAuditJournal({ folder, clock: clock() });
    const entries = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => journal.append(mint(n))));
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(entries.map((e) => e.ticket)).toEqual([
      'INC1001',
      'INC1002',
      'INC1003',
      'INC1004',
      'INC1005',
      'INC1006',
    ]);
    expect((await journal.verify()).ok).toBe(true);
  });

  it('fails with audit-unavailable when the folder cannot be written', async () => {
    const blocker = join(folder, 'a-file');
    await writeFile(blocker, 'not a folder');
    const journal = createAuditJournal({ folder: join(blocker, 'audit'), clock: clock() });
    const error: unknown = await journal.append(mint(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).code).toBe('audit-unavailable');
  });

  it('resolves only once the file port has finished its durable write', async () => {
    let finishWrite: () => void = () => undefined;
    let writeStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (writeStarted = resolve));
    const journal = createAuditJournal({
      folder,
      clock: clock(),
      file: {
        append: () =>
          new Promise<void>((resolve) => {
            finishWrite = resolve;
            writeStarted();
          }),
      },
    });
    let settled = false;
    const pending = journal.append(mint(1)).then(() => (settled = true));
    await started;
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    finishWrite();
    await pending;
    expect(settled).toBe(true);
  });

  it('rejects with audit-unavailable when the durable write fails', async () => {
    const journal = createAuditJournal({
      folder,
      clock: clock(),
      file: {
        append: () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })),
      },
    });
    await expect(journal.append(mint(1))).rejects.toMatchObject({ code: 'audit-unavailable' });
  });
});
