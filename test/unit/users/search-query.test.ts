import { describe, expect, it } from 'vitest';
import { buildUserQuery, odataString, searchClause } from '../../../main/users/search-query';

/** What the server reads after URL decoding (as URLSearchParams does). */
const decoded = (value: string | undefined): string =>
  new URLSearchParams(`v=${value ?? ''}`).get('v') ?? '';

describe('buildUserQuery', () => {
  it('uses startswith on the UPN for anything with an @', () => {
    const q = buildUserQuery("o'brien#1@contoso");
    expect(q.kind).toBe('upn');
    expect(decoded(q.query.$filter)).toBe("startswith(userPrincipalName,'o''brien#1@contoso')");
    expect(q.query.$filter).not.toMatch(/[#&]/);
    expect(q.headers).toEqual({});
  });

  it('uses id eq for a GUID', () => {
    const q = buildUserQuery('7D6BA8E1-6B20-4C87-BBC8-BE094C1F7D0A');
    expect(q.kind).toBe('id');
    expect(decoded(q.query.$filter)).toBe("id eq '7d6ba8e1-6b20-4c87-bbc8-be094c1f7d0a'");
  });

  it('uses an advanced startswith on employeeId for employee-id-looking text', () => {
    for (const text of ['10042', 'E10042']) {
      const q = buildUserQuery(text);
      expect(q.kind).toBe('employee-id');
      expect(decoded(q.query.$filter)).toBe(`startswith(employeeId,'${text}')`);
      expect(q.headers).toEqual({ ConsistencyLevel: 'eventual' });
      expect(q.query.$count).toBe('true');
    }
  });

  it('searches name, mail, UPN and employee id otherwise, escaped and encoded', () => {
    const q = buildUserQuery('a "b" \\ c & d#e+f');
    expect(q.kind).toBe('text');
    expect(q.headers).toEqual({ ConsistencyLevel: 'eventual' });
    expect(q.query.$search).not.toMatch(/[#&+" ]/);
    expect(decoded(q.query.$search)).toBe(
      ['displayName', 'mail', 'userPrincipalName', 'employeeId']
        .map((p) => `"${p}:a \\"b\\" \\\\ c & d#e+f"`)
        .join(' OR '),
    );
  });

  it('selects the helpdesk fields and the top 15', () => {
    const q = buildUserQuery('adele');
    expect(q.query.$top).toBe('15');
    expect(q.query.$select?.split(',')).toEqual(
      expect.arrayContaining(['accountEnabled', 'onPremisesSyncEnabled', 'userType', 'employeeId']),
    );
  });
});

describe('escaping', () => {
  it('doubles quotes in OData literals and backslash-escapes search clauses', () => {
    expect(odataString("it's")).toBe("it''s");
    expect(searchClause('displayName', 'say "hi" \\o/')).toBe('"displayName:say \\"hi\\" \\\\o/"');
  });
});
