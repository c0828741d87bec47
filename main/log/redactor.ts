/**
 * The redactor: every log line and every audit field passes through it. Secrets it was told
 * about are replaced wherever they appear; today that is each pass while its handoff lives (the
 * vault registers it). Tokens are not registered: they are caught by name (`access_token`,
 * `refresh_token`, `authorization`, …) and by shape (JWTs, `Bearer …`), see redact-patterns.ts.
 */
import { REDACTED, isSecretKey, redactPatterns } from './redact-patterns';
import { secretPattern } from './secret-pattern';

/** What owners of a secret see: register it while it lives, call the returned function to drop it. */
export interface SecretRegistry {
  register(secret: string): () => void;
}

/** Answers "does this text carry a registered secret?" without revealing which. */
export interface SecretCheck {
  contains(text: string): boolean;
}

export interface Redactor extends SecretRegistry, SecretCheck {
  /** Free text with every registered and recognisable secret replaced by `[redacted]`. */
  redactText(text: string): string;
  /** A redacted deep copy of any value: objects, arrays, errors (message, stack, cause), URLs. */
  redact(value: unknown): unknown;
}

const MAX_DEPTH = 8;

/** Creates an empty redactor. One per app; the composition root shares it. */
export function createRedactor(): Redactor {
  // Counted, so two owners registering the same value do not unregister each other.
  const secrets = new Map<string, { count: number; pattern: RegExp }>();

  const register = (secret: string): (() => void) => {
    if (secret.length === 0) return () => undefined;
    const slot = secrets.get(secret);
    if (slot) slot.count += 1;
    else secrets.set(secret, { count: 1, pattern: secretPattern(secret) });
    let done = false;
    return () => {
      const current = secrets.get(secret);
      if (done || !current) return;
      done = true;
      current.count -= 1;
      if (current.count <= 0) secrets.delete(secret);
    };
  };

  const contains = (text: string): boolean => {
    for (const { pattern } of secrets.values()) {
      pattern.lastIndex = 0;
      if (pattern.test(text)) return true;
    }
    return false;
  };

  const redactText = (text: string): string => {
    let out = text;
    // Longest first, so a secret that contains another is replaced whole.
    const ordered = [...secrets.entries()].sort(([a], [b]) => b.length - a.length);
    for (const [, { pattern }] of ordered) out = out.replace(pattern, REDACTED);
    return redactPatterns(out);
  };

  const redact = (value: unknown): unknown => redactValue(value, redactText, 0, new WeakSet());

  return { register, contains, redactText, redact };
}

function redactValue(
  value: unknown,
  text: (s: string) => string,
  depth: number,
  seen: WeakSet<object>,
): unknown {
  if (typeof value === 'string') return text(value);
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  }
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(value);
  const next = (v: unknown): unknown => redactValue(v, text, depth + 1, seen);

  if (value instanceof URL) return text(value.href);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (Array.isArray(value)) return value.map(next);
  if (value instanceof Map) return next(Object.fromEntries(value));
  if (value instanceof Set) return next([...value]);

  const out: Record<string, unknown> = {};
  if (value instanceof Error) {
    // Errors' useful parts are not enumerable; copy them explicitly.
    out['type'] = value.name;
    out['message'] = text(value.message);
    if (value.stack !== undefined) out['stack'] = text(value.stack);
    if (value.cause !== undefined) out['cause'] = next(value.cause);
  }
  for (const [key, field] of Object.entries(value)) {
    if (isSecretKey(key, field)) out[key] = REDACTED;
    else {
      const redacted = next(field);
      if (redacted !== undefined) out[key] = redacted;
    }
  }
  return out;
}
