import type { TenantContext } from '../context';
import type { DirectoryUser } from '../directory/types';
import { graphAudience } from '../entra/issue-tokens';
import type { EmuRequest } from '../http/types';
import { GraphFailure } from '../http/types';
import { verifyJwt } from '../jwt';

/** The signed-in technician behind a Graph call and the delegated scopes in their token. */
export interface Caller {
  readonly user: DirectoryUser;
  /** Lower-case scope names from `scp`. */
  readonly scopes: ReadonlySet<string>;
  /** How the user signed in (`pwd`, `mfa`) and the authentication contexts met (`acrs`): PIM checks both. */
  readonly amr: readonly string[];
  readonly acrs: readonly string[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

const unauthorized = (message: string): GraphFailure =>
  new GraphFailure(401, 'InvalidAuthenticationToken', message, undefined, {
    'www-authenticate':
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
  });

/** Validates the bearer token like Graph does (A.2.6 first row); throws 401 otherwise. */
export function authenticate(context: TenantContext, request: EmuRequest): Caller {
  const header = request.headers['authorization'] ?? '';
  const match = /^Bearer\s+(.*)$/iu.exec(header.trim());
  const token = match?.[1]?.trim() ?? '';
  if (token.length === 0) throw unauthorized('Access token is empty.');
  const checked = verifyJwt(token, context.signingKey);
  if (!checked.ok) {
    throw unauthorized(checked.reason === 'malformed' ? 'CompactToken parsing failed with error code: 80049217' : 'Access token validation failure.');
  }
  const claims = checked.payload;
  if (claims['aud'] !== graphAudience) throw unauthorized('Access token validation failure. Invalid audience.');
  if (claims['tid'] !== context.directory.tenant.tenantId) throw unauthorized('Access token validation failure.');
  const nowSeconds = context.clock.now() / 1000;
  const exp = typeof claims['exp'] === 'number' ? claims['exp'] : 0;
  const nbf = typeof claims['nbf'] === 'number' ? claims['nbf'] : 0;
  // Graph allows five minutes of clock skew.
  if (nowSeconds >= exp + 300 || nowSeconds < nbf - 300) throw unauthorized('Access token has expired or is not yet valid.');
  const user = typeof claims['oid'] === 'string' ? context.directory.find(claims['oid']) : undefined;
  if (!user) throw unauthorized('Access token validation failure.');
  const scp = typeof claims['scp'] === 'string' ? claims['scp'] : '';
  return {
    user,
    scopes: new Set(scp.split(' ').filter(Boolean).map((s) => s.toLowerCase())),
    amr: strings(claims['amr']),
    acrs: strings(claims['acrs']),
  };
}

/** True when the token carries at least one of `scopes`. */
export function hasScope(caller: Caller, ...scopes: string[]): boolean {
  return scopes.some((s) => caller.scopes.has(s.toLowerCase()));
}
