/**
 * The spelling a technician asks for (a pass on the customer display) is journalled before it
 * is shown: a journal that cannot write refuses it. The entry names whose pass, never the pass.
 */
import { describe, expect, it } from 'vitest';
import type { AuditInput } from '../../../main/audit/entry';
import type { AuditJournal } from '../../../main/audit/journal';
import { createHandoffAudit } from '../../../main/handoff/handoff-audit';

function journalThat(append: (input: AuditInput) => Promise<unknown>): AuditJournal {
  return { append } as unknown as AuditJournal;
}

const technician = { userPrincipalName: 'tech@contoso.test', id: 't-1' } as never;

describe('createHandoffAudit: spelled', () => {
  it('journals whose pass was spelled out, and who asked', async () => {
    const written: AuditInput[] = [];
    const audit = createHandoffAudit(
      () => journalThat(async (input) => void written.push(input)),
      () => technician,
      () => undefined,
    );
    audit.opened('h-1', { upn: 'adele@contoso.test', id: 'u-1' }, 'customer-display');
    await audit.spelled('h-1');
    expect(written).toEqual([
      {
        action: 'spelling-shown',
        result: 'success',
        target: { upn: 'adele@contoso.test', id: 'u-1' },
        technician: { upn: 'tech@contoso.test', id: 't-1' },
        shownOn: 'customer-display',
      },
    ]);
  });

  it('rejects when the journal cannot write it, so the spelling is not shown unrecorded', async () => {
    const failures: unknown[] = [];
    const audit = createHandoffAudit(
      () => journalThat(async () => Promise.reject(new Error('disk full'))),
      () => technician,
      (error) => void failures.push(error),
    );
    audit.opened('h-1', { upn: 'adele@contoso.test' }, 'customer-display');
    await expect(audit.spelled('h-1')).rejects.toThrow('disk full');
    // A copy entry that fails is reported, not thrown: the copy itself already happened.
    await expect(audit.copied('h-1')).resolves.toBeUndefined();
    expect(failures).toHaveLength(1);
  });
});

describe('createHandoffAudit: where the pass was shown', () => {
  it('says on every entry of a pass shown on the customer display that it was, and nothing for the desk', async () => {
    const written: AuditInput[] = [];
    const audit = createHandoffAudit(
      () => journalThat(async (input) => void written.push(input)),
      () => technician,
      () => undefined,
    );
    audit.opened('h-desk', { upn: 'adele@contoso.test' }, 'this-screen');
    audit.opened('h-customer', { upn: 'megan@contoso.test' }, 'customer-display');
    await audit.copied('h-desk');
    await audit.ended('h-desk', 'handed-over');
    await audit.spelled('h-customer');
    await audit.ended('h-customer', 'timeout');
    expect(written.map((e) => [e.action, e.target?.upn, e.handoffEnd, e.shownOn])).toEqual([
      ['copy', 'adele@contoso.test', undefined, undefined],
      ['handoff-end', 'adele@contoso.test', 'handed-over', undefined],
      ['spelling-shown', 'megan@contoso.test', undefined, 'customer-display'],
      ['handoff-end', 'megan@contoso.test', 'timeout', 'customer-display'],
    ]);
  });
});
