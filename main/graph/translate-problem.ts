/**
 * Graph error replies → a closed error code, a technician's sentence, a next step and the Graph
 * `request-id`. The message patterns are the real service texts (graph-msal-spec.md A.2.6).
 */
import { formatMinutes } from '../../preload/contract/limits';
import { AppFailure } from '../kernel/result';
import type { FailureContext } from './failure-context';
import type { GraphProblem } from './graph-problem';

const LIFETIME =
  /Invalid LifetimeInMinutes specified\.?\s*The valid range between (\d+) and (\d+)/i;
const ONE_TIME =
  /Invalid IsUsableOnce specified|does not allow multiple use temporary access pass/i;
const CREDENTIAL_POLICY = /UserCredentialPolicy/i;
const EXTERNAL_GUEST = /cannot be added to an external guest user/i;
const START_IN_PAST = /Invalid StartDateTime specified.*past/i;

function fail(
  code: AppFailure['code'],
  message: string,
  hint: string,
  p: GraphProblem,
): AppFailure {
  return new AppFailure(code, message, hint, p.requestId);
}

function badRequest(p: GraphProblem, ctx: FailureContext): AppFailure {
  const lifetime = LIFETIME.exec(p.message);
  if (lifetime) {
    const min = Number(lifetime[1]);
    const max = Number(lifetime[2]);
    return new AppFailure(
      'lifetime-out-of-range',
      `The tenant's TAP policy only allows a lifetime from ${formatMinutes(min)} to ${formatMinutes(max)} (${min}-${max} minutes).`,
      `Choose a lifetime between ${min} and ${max} minutes: the list now offers only those.`,
      p.requestId,
      { min, max },
    );
  }
  if (ONE_TIME.test(p.message)) {
    return fail(
      'one-time-required',
      "The tenant's TAP policy only allows one-time passes.",
      'Turn on "one-time use" and try again.',
      p,
    );
  }
  if (CREDENTIAL_POLICY.test(p.message)) {
    if (ctx.policyState === 'disabled') {
      return fail(
        'policy-disabled',
        'Temporary Access Pass is turned off in this tenant.',
        'Ask an Authentication Policy Administrator to enable the Temporary Access Pass method.',
        p,
      );
    }
    // The same words as when Graph creates a pass that cannot sign in (Entra's older answer).
    const groups = ctx.policyGroups ?? [];
    return fail(
      'user-not-in-policy',
      "This user is outside the TAP policy's groups, so a pass would not work.",
      groups.length > 0
        ? `Ask an admin to add the user to the TAP policy group ${groups.join(' or ')} (and out of any excluded group), then try again.`
        : "Ask an admin to add the user to the TAP policy's target group (and out of any excluded group), then try again.",
      p,
    );
  }
  if (EXTERNAL_GUEST.test(p.message)) {
    return fail(
      'guest-user',
      'This is an external guest: a Temporary Access Pass can only be issued to members and internal guests.',
      "The guest signs in with their home organisation's account; send them to their own service desk.",
      p,
    );
  }
  if (START_IN_PAST.test(p.message)) {
    return fail(
      'start-in-past',
      'The start time is in the past.',
      "Pick a start time later than now, or leave it empty to start immediately. Check this PC's clock.",
      p,
    );
  }
  return fail(
    'bad-request',
    `Microsoft Graph refused the request: ${p.message}`,
    'Check the values and try again.',
    p,
  );
}

function denied(p: GraphProblem, ctx: FailureContext): AppFailure {
  const tech = ctx.technician;
  if (ctx.targetIsSelf) {
    return fail(
      'self-issuance',
      'You cannot manage a Temporary Access Pass for your own account.',
      'Ask a colleague at the service desk to do it for you.',
      p,
    );
  }
  const write = ctx.operation === 'mint' || ctx.operation === 'revoke';
  // At unit scope Graph refuses a target that holds any role with the directory's own code
  // ("Assign Microsoft Entra roles with administrative unit scope"); outside the unit it says accessDenied.
  if (tech?.adminUnitScoped && write && p.code === 'Authorization_RequestDenied') {
    return fail(
      'needs-privileged-role',
      'This user holds a role (or is privileged through a group): a role limited to administrative units cannot change their sign-in methods.',
      'Hand this request to a colleague with a tenant-wide Privileged Authentication Administrator role.',
      p,
    );
  }
  // A tenant-wide Authentication Administrator may manage every non-privileged member, so a
  // refusal means a privileged target even when the app could not see why (a role-assignable group).
  const privileged =
    ctx.targetPrivileged === true || (tech?.capability === 'members' && !tech.adminUnitScoped);
  if (privileged && tech?.capability !== 'everyone') {
    return fail(
      'needs-privileged-role',
      'This user is privileged (an admin role or a role-assignable group): only a Privileged Authentication Administrator can manage their pass.',
      'Hand this request to a colleague with the Privileged Authentication Administrator role.',
      p,
    );
  }
  if (tech?.adminUnitScoped) {
    return fail(
      'outside-admin-unit',
      'This user is outside the administrative units your role covers.',
      'Hand this request to a colleague whose role covers this user, or ask for your scope to be extended.',
      p,
    );
  }
  return fail(
    'forbidden',
    write
      ? 'Your account is not allowed to manage Temporary Access Passes for this user.'
      : 'Your account is not allowed to read this information.',
    write
      ? 'You need the Authentication Administrator role (members) or Privileged Authentication Administrator (everyone). Ask your admin.'
      : 'Ask your admin for a role that can read users and their authentication methods (for example Authentication Administrator).',
    p,
  );
}

/** Translates one Graph error reply. Never includes request bodies, so never a pass. */
export function translateProblem(p: GraphProblem, ctx: FailureContext): AppFailure {
  switch (p.status) {
    case 400:
      return badRequest(p, ctx);
    case 401:
      return fail('not-signed-in', 'Your sign-in has expired or was revoked.', 'Sign in again.', p);
    case 403:
      return denied(p, ctx);
    case 404:
      return fail(
        'not-found',
        ctx.operation === 'revoke'
          ? 'That pass no longer exists: it was already revoked, replaced, or the user was deleted.'
          : 'This user was not found in the directory (deleted, or the name changed).',
        'Search for the user again.',
        p,
      );
    case 429:
    case 503: {
      const wait =
        p.retryAfterSeconds === undefined ? undefined : Math.max(1, Math.ceil(p.retryAfterSeconds));
      return fail(
        'throttled',
        p.status === 429
          ? 'Microsoft Graph is limiting requests from this tenant right now (throttled).'
          : 'Microsoft Graph is temporarily unavailable.',
        wait === undefined
          ? 'Wait a minute and try again.'
          : `Wait ${wait} second${wait === 1 ? '' : 's'} and try again.`,
        p,
      );
    }
    case 504:
      return fail(
        'timeout',
        'Microsoft Graph did not answer in time (gateway timeout).',
        'Try again in a moment.',
        p,
      );
    default:
      return fail(
        p.status >= 500 ? 'internal' : 'bad-request',
        `Microsoft Graph answered with an error (HTTP ${p.status}${p.code ? `, ${p.code}` : ''}).`,
        'Try again. If it keeps happening, quote the request id to your admin.',
        p,
      );
  }
}
