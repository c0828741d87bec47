import { createHmac, timingSafeEqual } from 'node:crypto';

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * An unsigned JWT (`alg: none`, empty signature). msal-node checks only the 3-part shape and
 * reads the payload (spec B.3.2), so id_tokens need no key.
 */
export function unsignedJwt(payload: Record<string, unknown>): string {
  return `${b64url({ typ: 'JWT', alg: 'none' })}.${b64url(payload)}.`;
}

/**
 * A JWT signed with a per-start HMAC key: the access token. Graph-side code verifies it, so a
 * token edited by hand is rejected like a forged token would be.
 */
export function signedJwt(payload: Record<string, unknown>, key: Buffer): string {
  const body = `${b64url({ typ: 'JWT', alg: 'HS256', kid: 'demo-tenant' })}.${b64url(payload)}`;
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

export type JwtCheck =
  | { readonly ok: true; readonly payload: Record<string, unknown> }
  | { readonly ok: false; readonly reason: 'malformed' | 'signature' };

/** Parses and verifies a token made by `signedJwt`. */
export function verifyJwt(token: string, key: Buffer): JwtCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [header = '', payload = '', signature = ''] = parts;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return { ok: false, reason: 'malformed' };
  const expected = createHmac('sha256', key).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  return { ok: true, payload: claims as Record<string, unknown> };
}

/** Reads a JWT payload without verifying it (tests and id_token inspection). */
export function decodeJwtPayload(token: string): Record<string, unknown> | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** `client_info` as msal-node reads it: base64url of `{"uid":oid,"utid":tid}`. */
export function clientInfo(oid: string, tid: string): string {
  return b64url({ uid: oid, utid: tid });
}
