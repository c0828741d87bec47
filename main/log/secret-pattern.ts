/**
 * Finds a known secret in text in every form it takes on its way to a log line: raw,
 * JSON-escaped (`\"`, `\\`), and percent-encoded in a URL or form body (any subset of its
 * characters, either hex case, `+` for space). A pass with a `+` or `#` is mangled exactly
 * like that by `URL` and `URLSearchParams`, and must still be caught.
 */

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

const hexDigit = (digit: string): string =>
  /[a-f]/i.test(digit) ? `[${digit.toLowerCase()}${digit.toUpperCase()}]` : digit;

function charForms(char: string): string {
  const forms = [escapeRegExp(char)];
  const bytes = new TextEncoder().encode(char);
  forms.push(
    [...bytes]
      .map((b) => `%${[...b.toString(16).padStart(2, '0')].map(hexDigit).join('')}`)
      .join(''),
  );
  if (char === ' ') forms.push('\\+');
  if (char === '"') forms.push('\\\\"');
  if (char === '\\') forms.push('\\\\\\\\');
  return `(?:${forms.join('|')})`;
}

/** A global RegExp matching `secret` in any of its encoded forms. */
export function secretPattern(secret: string): RegExp {
  return new RegExp([...secret].map(charForms).join(''), 'g');
}
