/**
 * The OIDC `claims` request parameter an app sends after a claims challenge. The demo sign-in
 * page plays a user who completes whatever is asked: an essential `acrs` value (a Conditional
 * Access authentication context, which in the demo tenant is satisfied by MFA) or `mfa` in
 * `amr`. Without a claims request the user signed in with a password only (`amr: ["pwd"]`), so
 * a role whose activation needs MFA is refused until the app asks for more.
 */
import type { SignInStrength } from './sessions';

interface ClaimRequest {
  readonly essential?: unknown;
  readonly value?: unknown;
  readonly values?: unknown;
}

function requested(claim: ClaimRequest | undefined): string[] {
  if (!claim) return [];
  const values = Array.isArray(claim.values) ? claim.values : claim.value === undefined ? [] : [claim.value];
  return values.filter((v): v is string => typeof v === 'string');
}

/** What the demo user's sign-in satisfies, given the authorize request's `claims` (JSON) parameter. */
export function strengthFor(claims: string | null): SignInStrength {
  if (claims === null) return { amr: ['pwd'], acrs: [] };
  let parsed: { access_token?: Record<string, ClaimRequest>; id_token?: Record<string, ClaimRequest> };
  try {
    parsed = JSON.parse(claims) as typeof parsed;
  } catch {
    return { amr: ['pwd'], acrs: [] };
  }
  const acrs = requested(parsed.access_token?.['acrs']);
  const amr = [...requested(parsed.access_token?.['amr']), ...requested(parsed.id_token?.['amr'])];
  const mfa = acrs.length > 0 || amr.includes('mfa');
  return { amr: mfa ? ['pwd', 'mfa'] : ['pwd'], acrs };
}
