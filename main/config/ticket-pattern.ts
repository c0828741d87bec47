/**
 * Checks an admin-supplied ticket reference pattern before the app (and the renderer, for live
 * feedback) runs it. A pattern comes from a file, so it is treated as untrusted input: it must
 * compile, stay short, and avoid the shapes that make a backtracking engine take exponential time.
 */
import { compileTicketPattern } from '../../preload/ticket-pattern';

export const maxTicketPatternLength = 200;

/** Why a pattern was refused, in an admin's words; `null` when it is acceptable. */
export function ticketPatternProblem(source: string): string | null {
  if (source.length === 0) return 'is empty';
  if (source.length > maxTicketPatternLength) {
    return `is ${source.length} characters long; the limit is ${maxTicketPatternLength}`;
  }
  let compiled: RegExp;
  try {
    compiled = compileTicketPattern(source);
  } catch (error) {
    return `is not a valid regular expression (${error instanceof Error ? error.message : 'syntax error'})`;
  }
  const shape = unsafeShape(source);
  if (shape !== null) return shape;
  if (compiled.test('')) return 'matches an empty ticket reference';
  return null;
}

export { compileTicketPattern };

interface Group {
  /** The group contains a quantifier that can repeat more than once, or an alternation. */
  repeats: boolean;
}

/**
 * Finds backreferences and nested repetition such as `(a+)+`, `(a*){2,}` or `(a|ab)+`. A simple
 * structural scan is enough here: ticket patterns are short literals and classes, so refusing any
 * repeated group that itself repeats or alternates costs admins nothing.
 */
function unsafeShape(source: string): string | null {
  const stack: Group[] = [{ repeats: false }];
  let lastGroup: Group | null = null;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    const top = stack[stack.length - 1] ?? { repeats: false };
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k')
        return 'uses a backreference, which can make matching slow';
      i += 1;
      lastGroup = null;
    } else if (ch === '[') {
      i = endOfClass(source, i);
      lastGroup = null;
    } else if (ch === '(') {
      stack.push({ repeats: false });
      lastGroup = null;
    } else if (ch === ')') {
      lastGroup = stack.pop() ?? null;
      const parent = stack[stack.length - 1];
      if (parent && lastGroup?.repeats) parent.repeats = true;
    } else if (ch === '|') {
      top.repeats = true;
      lastGroup = null;
    } else if (ch === '*' || ch === '+' || (ch === '{' && repeatsMoreThanOnce(source, i))) {
      if (lastGroup?.repeats)
        return 'repeats a group that itself repeats (nested quantifiers), which can make matching very slow';
      top.repeats = true;
      lastGroup = null;
    } else if (ch !== '?') {
      lastGroup = null;
    }
  }
  return null;
}

/** Index of the `]` that closes the class opened at `start`. */
function endOfClass(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i += 1) {
    if (source[i] === '\\') i += 1;
    else if (source[i] === ']') return i;
  }
  return source.length;
}

/** `{n,}` and `{n,m}` with m > 1 repeat; `{1}` and `{0,1}` do not. */
function repeatsMoreThanOnce(source: string, start: number): boolean {
  const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(start));
  if (!match) return false;
  const min = Number(match[1]);
  if (match[2] === undefined) return min > 1;
  return match[3] === '' || Number(match[3]) > 1;
}
