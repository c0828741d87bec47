import { GraphFailure } from '../http/types';

/** The `$filter` subset the user routes understand (A.6.1). */
export type FilterNode =
  | { readonly kind: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode }
  | { readonly kind: 'not'; readonly inner: FilterNode }
  | { readonly kind: 'fn'; readonly name: 'startswith' | 'endswith'; readonly property: string; readonly value: string }
  | { readonly kind: 'cmp'; readonly op: 'eq' | 'ne'; readonly property: string; readonly value: string | boolean | null };

type Token = { readonly type: 'str' | 'id' | 'punct'; readonly text: string; readonly at: number };

function syntaxError(source: string, at: number): GraphFailure {
  return new GraphFailure(400, 'BadRequest', `Invalid filter clause: Syntax error at position ${at} in '${source}'.`);
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (/\s/u.test(c)) i++;
    else if (c === '(' || c === ')' || c === ',') tokens.push({ type: 'punct', text: c, at: i++ });
    else if (c === "'") {
      // OData string literal: a quote inside is written twice ('O''Brien').
      const start = i++;
      let text = '';
      for (;;) {
        if (i >= source.length) throw syntaxError(source, start);
        if (source[i] === "'" && source[i + 1] === "'") {
          text += "'";
          i += 2;
        } else if (source[i] === "'") {
          i++;
          break;
        } else text += source[i++];
      }
      tokens.push({ type: 'str', text, at: start });
    } else if (/[A-Za-z0-9_]/u.test(c)) {
      const start = i;
      while (i < source.length && /[A-Za-z0-9_./-]/u.test(source[i] ?? '')) i++;
      tokens.push({ type: 'id', text: source.slice(start, i), at: start });
    } else throw syntaxError(source, i);
  }
  return tokens;
}

/** Parses `$filter`; throws Graph's 400 on syntax errors. */
export function parseFilter(source: string): FilterNode {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const next = (): Token => {
    const t = tokens[pos++];
    if (!t) throw syntaxError(source, source.length);
    return t;
  };
  const expect = (text: string): void => {
    const t = next();
    if (t.text !== text) throw syntaxError(source, t.at);
  };
  const keyword = (word: string): boolean => {
    const t = peek();
    if (t?.type === 'id' && t.text.toLowerCase() === word) {
      pos++;
      return true;
    }
    return false;
  };

  const literal = (): string | boolean | null => {
    const t = next();
    if (t.type === 'str') return t.text;
    if (t.type === 'id' && ['true', 'false', 'null'].includes(t.text.toLowerCase())) {
      return t.text.toLowerCase() === 'null' ? null : t.text.toLowerCase() === 'true';
    }
    throw syntaxError(source, t.at);
  };

  const unary = (): FilterNode => {
    if (keyword('not')) return { kind: 'not', inner: unary() };
    const t = next();
    if (t.text === '(') {
      const inner = or();
      expect(')');
      return inner;
    }
    if (t.type !== 'id') throw syntaxError(source, t.at);
    const name = t.text.toLowerCase();
    if (peek()?.text === '(') {
      if (name !== 'startswith' && name !== 'endswith') {
        throw new GraphFailure(400, 'Request_UnsupportedQuery', `Unsupported Query: function '${t.text}' is not supported.`);
      }
      expect('(');
      const property = next();
      expect(',');
      const value = next();
      if (property.type !== 'id' || value.type !== 'str') throw syntaxError(source, value.at);
      expect(')');
      return { kind: 'fn', name, property: property.text, value: value.text };
    }
    const op = next();
    const opName = op.text.toLowerCase();
    if (op.type !== 'id' || (opName !== 'eq' && opName !== 'ne')) {
      throw new GraphFailure(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified for property '${t.text}' of resource 'User'.`);
    }
    return { kind: 'cmp', op: opName, property: t.text, value: literal() };
  };
  const and = (): FilterNode => {
    let left = unary();
    while (keyword('and')) left = { kind: 'and', left, right: unary() };
    return left;
  };
  const or = (): FilterNode => {
    let left = and();
    while (keyword('or')) left = { kind: 'or', left, right: and() };
    return left;
  };

  const tree = or();
  if (pos !== tokens.length) throw syntaxError(source, tokens[pos]?.at ?? source.length);
  return tree;
}
