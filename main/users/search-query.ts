/**
 * Picks the Graph query for what the technician typed: a fast `startswith`/`eq` filter when the
 * text looks like a UPN, an object id or an employee id, otherwise `$search` over name, mail, UPN
 * and employee id. Every piece of user input is escaped for its syntax and then
 * encodeURIComponent'd, because graph-client inserts query values verbatim and a raw `#`, `&` or
 * `+` would cut or corrupt the URL (graph-msal-spec.md C.5).
 */

/** The helpdesk fields every user query selects. */
export const USER_SELECT = [
  'id',
  'displayName',
  'userPrincipalName',
  'mail',
  'accountEnabled',
  'employeeId',
  'jobTitle',
  'department',
  'onPremisesSyncEnabled',
  'userType',
  'externalUserState',
  'officeLocation',
  'createdDateTime',
].join(',');

export const SEARCH_TOP = 15;

export type QueryKind = 'upn' | 'id' | 'employee-id' | 'text';

export interface UserQuery {
  readonly kind: QueryKind;
  /** Query options, values encoded, ready for graph-client. */
  readonly query: Readonly<Record<string, string>>;
  readonly headers: Readonly<Record<string, string>>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Digits, or a short letter prefix and at least three digits (`E10040`). */
const EMPLOYEE_ID = /^(?:\d+|[a-z]{1,3}\d{3,})$/i;

/** An OData string literal body: a quote is written twice. */
export function odataString(value: string): string {
  return value.replace(/'/g, "''");
}

/** One `$search` clause; `"` and `\` inside it are backslash-escaped (Graph's search syntax). */
export function searchClause(property: string, value: string): string {
  return `"${property}:${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

const ADVANCED = { ConsistencyLevel: 'eventual' } as const;

/** Classifies the text and builds its query. `text` must already be trimmed and non-empty. */
export function buildUserQuery(text: string): UserQuery {
  const base = { $select: USER_SELECT, $top: String(SEARCH_TOP) };
  if (GUID.test(text)) {
    return {
      kind: 'id',
      query: { ...base, $filter: encodeURIComponent(`id eq '${odataString(text.toLowerCase())}'`) },
      headers: {},
    };
  }
  if (text.includes('@')) {
    return {
      kind: 'upn',
      query: {
        ...base,
        $filter: encodeURIComponent(`startswith(userPrincipalName,'${odataString(text)}')`),
      },
      headers: {},
    };
  }
  if (EMPLOYEE_ID.test(text)) {
    // startswith on employeeId is an advanced query: it needs $count and the eventual header.
    return {
      kind: 'employee-id',
      query: {
        ...base,
        $count: 'true',
        $filter: encodeURIComponent(`startswith(employeeId,'${odataString(text)}')`),
      },
      headers: ADVANCED,
    };
  }
  const search = ['displayName', 'mail', 'userPrincipalName', 'employeeId']
    .map((p) => searchClause(p, text))
    .join(' OR ');
  return {
    kind: 'text',
    query: { ...base, $count: 'true', $search: encodeURIComponent(search) },
    headers: ADVANCED,
  };
}
