/**
 * The last check before an entry reaches the disk: no field may carry a secret the app knows
 * about (a live pass, a token) or anything shaped like a token. Refusing is a bug report, not
 * a user error, so it throws a plain Error whose message names the field, never the value.
 */
import type { SecretCheck } from '../log/redactor';
import { looksLikeToken } from '../log/redact-patterns';

/** Throws if any string anywhere in `entry` carries a known secret or looks like a token. */
export function assertNoSecrets(entry: object, secrets: SecretCheck | undefined): void {
  walk(entry, '', (path, text) => {
    if (secrets?.contains(text) === true || looksLikeToken(text)) {
      throw new Error(`Refused to write an audit entry: field "${path}" carries a secret.`);
    }
  });
}

function walk(value: unknown, path: string, visit: (path: string, text: string) => void): void {
  if (typeof value === 'string') visit(path, value);
  else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
  else if (value !== null && typeof value === 'object') {
    for (const [key, field] of Object.entries(value))
      walk(field, path ? `${path}.${key}` : key, visit);
  }
}
