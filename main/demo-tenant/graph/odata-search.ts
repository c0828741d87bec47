import { GraphFailure } from '../http/types';

/** One `"property:value"` clause of `$search`, joined by AND/OR (A.6.1). */
export type SearchNode =
  | { readonly kind: 'and' | 'or'; readonly left: SearchNode; readonly right: SearchNode }
  | { readonly kind: 'term'; readonly property: string; readonly value: string };

const invalid = (source: string): GraphFailure =>
  new GraphFailure(400, 'Request_UnsupportedQuery', `Syntax error: the $search clause '${source}' is not valid. Use quoted clauses such as "displayName:adele".`);

/** Parses `"a:b" OR "c:d" AND …`; quotes are required, `\"` and `\\` escape inside a clause. */
export function parseSearch(source: string): SearchNode {
  const terms: SearchNode[] = [];
  const ops: ('and' | 'or')[] = [];
  let i = 0;
  const skipSpace = (): void => {
    while (i < source.length && /\s/u.test(source[i] ?? '')) i++;
  };
  for (;;) {
    skipSpace();
    if (source[i] !== '"') throw invalid(source);
    i++;
    let text = '';
    while (i < source.length && source[i] !== '"') {
      if (source[i] === '\\' && i + 1 < source.length) i++;
      text += source[i++];
    }
    if (source[i] !== '"') throw invalid(source);
    i++;
    const colon = text.indexOf(':');
    if (colon <= 0) throw invalid(source);
    terms.push({ kind: 'term', property: text.slice(0, colon), value: text.slice(colon + 1) });
    skipSpace();
    if (i >= source.length) break;
    const rest = source.slice(i);
    // Operators are case-sensitive upper case, outside quotes (A.6.1).
    if (rest.startsWith('AND ')) ops.push('and');
    else if (rest.startsWith('OR ')) ops.push('or');
    else throw invalid(source);
    i += ops[ops.length - 1] === 'and' ? 4 : 3;
  }
  // AND binds tighter than OR.
  const groups: SearchNode[] = [];
  let current = terms[0] as SearchNode;
  ops.forEach((op, index) => {
    const right = terms[index + 1] as SearchNode;
    if (op === 'and') current = { kind: 'and', left: current, right };
    else {
      groups.push(current);
      current = right;
    }
  });
  groups.push(current);
  return groups.reduce((left, right) => ({ kind: 'or', left, right }));
}
