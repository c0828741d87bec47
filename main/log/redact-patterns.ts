/**
 * Key- and pattern-based redaction rules: the secrets we can recognise without being told
 * their value (OAuth parameters, bearer headers, JWTs). Value-based redaction of registered
 * secrets lives in redactor.ts.
 */
import { errorCodes } from '../../preload/contract';

/** The replacement for anything secret. */
export const REDACTED = '[redacted]';

/**
 * Field names whose value is always secret, normalised (lower case, no `_` or `-`), so
 * `access_token`, `accessToken` and `Access-Token` all match.
 */
const secretKeys = new Set([
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'temporaryaccesspass',
  'authorization',
  'code',
  'codeverifier',
  'clientinfo',
  'password',
  'clientsecret',
  'pass',
  // The phonetic spelling of a pass is the pass, one word per character.
  'phonetic',
  'token',
  'cookie',
  'setcookie',
]);

const knownCodes = new Set<string>(errorCodes);

const normaliseKey = (key: string): string => key.toLowerCase().replace(/[-_]/g, '');

/**
 * Whether a field's value must be hidden because of its name. `code` is special: it is the
 * OAuth authorization code in a redirect, but also the error code on our own failures and on
 * Node system errors, which we need in logs to diagnose anything.
 */
export function isSecretKey(key: string, value: unknown): boolean {
  const normalised = normaliseKey(key);
  if (!secretKeys.has(normalised)) return false;
  if (normalised === 'code') {
    // An authorization code is a string; a number here is an HTTP or exit status.
    if (typeof value !== 'string') return false;
    return !(knownCodes.has(value) || /^(E[A-Z0-9_]+|ERR_[A-Z0-9_]+)$/.test(value));
  }
  return true;
}

const paramNames =
  'access_token|refresh_token|id_token|code|code_verifier|client_info|client_secret|password|temporaryAccessPass';

/** `?code=…&client_info=…` in URLs, form bodies and fragments. */
const queryParam = new RegExp(`([?&#;\\s]|^)(${paramNames})=([^&#\\s"']*)`, 'gi');
/**
 * `"access_token":"…"` inside JSON that ended up in a string (a response body in a message).
 * Not `code`: every log line is scanned this way too, and our own error codes must stay legible.
 */
const jsonKeys = paramNames.replace('|code|', '|');
const jsonParam = new RegExp(
  `("(?:${jsonKeys}|authorization)"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`,
  'gi',
);
/** `Authorization: Bearer …` and `Basic …` credentials. */
const authScheme = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;
/** A JWT (header.payload.signature), whatever field it hides in. */
const jwt = /\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;

/** Replaces every secret this module can recognise by shape in free text. */
export function redactPatterns(text: string): string {
  return text
    .replace(jwt, REDACTED)
    .replace(authScheme, `$1 ${REDACTED}`)
    .replace(jsonParam, `$1"${REDACTED}"`)
    .replace(queryParam, `$1$2=${REDACTED}`);
}

/** Whether free text carries a token by shape (a JWT or an `Authorization` credential). */
export function looksLikeToken(text: string): boolean {
  return new RegExp(jwt.source).test(text) || new RegExp(authScheme.source, 'i').test(text);
}
