/**
 * A pass shown on the customer display says so in the journal (issue 19 item 3): in the entry,
 * which the hash covers and the forwarded record carries whole, on the audit screen and in the
 * CSV export. A pass shown at the desk carries no such field.
 */
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../main/audit/csv';
import { buildEntry, type AuditInput } from '../../../main/audit/entry';
import { toView } from '../../../main/audit/view';

const handedOver: AuditInput = {
  action: 'handoff-end',
  result: 'success',
  target: { upn: 'megan.bowen@contoso.example' },
  handoffEnd: 'handed-over',
};
const chain = { seq: 3, prevHash: '0'.repeat(64) };
const time = '2026-12-02T10:00:00.000Z';

describe('shownOn in the journal', () => {
  const onCustomerDisplay = buildEntry({ ...handedOver, shownOn: 'customer-display' }, chain, time);
  const atTheDesk = buildEntry(handedOver, chain, time);

  it('is part of the entry and of its hash', () => {
    expect(onCustomerDisplay.shownOn).toBe('customer-display');
    expect(atTheDesk).not.toHaveProperty('shownOn');
    expect(onCustomerDisplay.hash).not.toBe(atTheDesk.hash);
  });

  it('is said on the audit screen', () => {
    expect(toView(onCustomerDisplay).detail).toBe(
      'shown on the customer display; left the screen: handed over',
    );
    expect(toView(atTheDesk).detail).toBe('left the screen: handed over');
  });

  it('has its own column in the CSV export', () => {
    const [header, row] = toCsv([onCustomerDisplay]).split('\r\n');
    const column = (header ?? '').split(',').indexOf('shownOn');
    expect(column).toBeGreaterThan(-1);
    expect((row ?? '').split(',')[column]).toBe('customer-display');
  });
});
