/** The CSV import names every line it cannot use, and why; a file it cannot use at all is refused whole. */
import { describe, expect, it } from 'vitest';
import { importQueueCsv, QueueImportError } from '../../../main/queue/csv-import';

const pattern = '(INC|REQ)\\d{6,}';
const today = new Date(2026, 11, 7, 8, 0).getTime();
const read = (lines: string[]) => importQueueCsv(lines.join('\r\n'), pattern, today);

describe('importQueueCsv', () => {
  it('reads UPN and employee-ID rows in any column order, with times today and tickets in the pattern case', () => {
    const result = read(['Ticket,Expected,UPN,EmployeeId,Note', 'inc0012345,09:30,ada@contoso.example,,"Desk 4, floor 2"', 'REQ0000001,,,E42,']);
    expect(result.rejected).toEqual([]);
    expect(result.rows).toEqual([
      { line: 2, key: { kind: 'upn', value: 'ada@contoso.example' }, expectedAt: new Date(2026, 11, 7, 9, 30).toISOString(), ticket: 'INC0012345', note: 'Desk 4, floor 2' },
      { line: 3, key: { kind: 'employeeId', value: 'E42' }, ticket: 'REQ0000001' },
    ]);
  });

  it('names each line it could not read, and why', () => {
    const result = read([
      'upn,employeeId,expected,ticket',
      ',,,INC0012345',
      'no-at-sign,,,INC0012345',
      ',E 1,,INC0012345',
      'ada@contoso.example,,,',
      'ada@contoso.example,,,nope',
      'ada@contoso.example,,25:00,INC0012345',
      'ada@contoso.example,,2026-02-31 09:00,INC0012345',
      'ada@contoso.example,,,INC0012345',
      'ADA@contoso.example,,,INC0012346',
      '"bob@contoso.example,,,INC0012347',
    ]);
    expect(result.rows.map((r) => r.line)).toEqual([9]);
    expect(result.rejected).toEqual([
      { line: 2, reason: 'No UPN or employee ID.' },
      { line: 3, reason: '"no-at-sign" is not a UPN (name@domain).' },
      { line: 4, reason: '"E 1" is not an employee ID (up to 16 characters, no spaces or quotes).' },
      { line: 5, reason: 'No ticket.' },
      { line: 6, reason: 'Ticket "nope" does not match your organisation\'s format.' },
      { line: 7, reason: expect.stringContaining('"25:00" is not a time') as string },
      { line: 8, reason: expect.stringContaining('"2026-02-31 09:00" is not a time') as string },
      { line: 10, reason: 'The same person as line 9.' },
      { line: 11, reason: expect.stringContaining('never closed') as string },
    ]);
  });

  it('keeps a quote inside an unquoted cell as text (a spreadsheet formula stays data)', () => {
    expect(read(['upn,ticket,note', 'ada@contoso.example,INC0012345,=HYPERLINK("x")']).rows[0]?.note).toBe('=HYPERLINK("x")');
  });

  it('refuses a file without the columns it needs, or with more than 2,000 rows', () => {
    expect(() => read(['name,ticket', 'Ada,INC0012345'])).toThrow(QueueImportError);
    expect(() => read(['upn', 'ada@contoso.example'])).toThrow(/"ticket" column/);
    expect(() => read([''])).toThrow(/empty/);
    const many = Array.from({ length: 2001 }, (_, n) => `p${String(n)}@contoso.example,INC${String(100000 + n)}`);
    expect(() => read(['upn,ticket', ...many])).toThrow(/at most 2000/);
  });
});
