import { randomUUID } from 'node:crypto';
import type { EmuResponse } from '../http/types';
import { GraphFailure } from '../http/types';
import { authenticate } from './authenticate';
import { jsonObjectBody, typeMismatch } from './json-body';
import { playPerson } from '../person';
import { generatePass } from './pass';
import { requireMethodRole, requireMethodScope } from './permissions';
import { fail, graphNoContent, graphOk } from './respond';
import type { GraphCall, GraphRoute } from './route-types';
import { isTargetedByPolicy, type TapBehaviour } from './tap-rules';
import { shapeTap, tapOdataType } from './tap-shape';
import { resolveUser } from './target';

const collectionContext = (call: GraphCall, userId: string): string =>
  `${call.context.origin}/${call.version}/$metadata#users('${userId}')/authentication/temporaryAccessPassMethods`;

/** Parsed POST body, types checked the way OData would before any rule runs. */
function readCreateBody(call: GraphCall): { lifetime?: number; usableOnce?: boolean; start?: number } {
  const body = jsonObjectBody(call.request);
  const out: { lifetime?: number; usableOnce?: boolean; start?: number } = {};
  const { lifetimeInMinutes, isUsableOnce, startDateTime } = body;
  if (lifetimeInMinutes !== undefined && lifetimeInMinutes !== null) {
    if (typeof lifetimeInMinutes !== 'number' || !Number.isInteger(lifetimeInMinutes)) throw typeMismatch(lifetimeInMinutes, 'Edm.Int32');
    out.lifetime = lifetimeInMinutes;
  }
  if (isUsableOnce !== undefined && isUsableOnce !== null) {
    if (typeof isUsableOnce !== 'boolean') throw typeMismatch(isUsableOnce, 'Edm.Boolean');
    out.usableOnce = isUsableOnce;
  }
  if (startDateTime !== undefined && startDateTime !== null) {
    const parsed = typeof startDateTime === 'string' ? Date.parse(startDateTime) : Number.NaN;
    if (Number.isNaN(parsed)) throw typeMismatch(startDateTime, 'Edm.DateTimeOffset');
    out.start = parsed;
  }
  return out;
}

/**
 * `POST …/temporaryAccessPassMethods`. Validation order (A.2.6, suggested): auth → scope → body
 * → user exists → role/privileged/self → external guest → policy targets → isUsableOnce →
 * lifetime → startDateTime.
 */
export function createTap(behaviour: TapBehaviour) {
  return (call: GraphCall): EmuResponse => {
    const { directory, clock } = call.context;
    const caller = authenticate(call.context, call.request);
    const self = call.params['id'] === '@me';
    requireMethodScope(caller, 'write', { tap: true, self });
    const body = readCreateBody(call);
    const user = resolveUser(call, caller);
    requireMethodRole(directory, caller, user, 'write');
    if (user.userType === 'Guest' && user.userPrincipalName.includes('#EXT#')) {
      throw fail.badRequest('Temporary Access Pass cannot be added to an external guest user.');
    }
    const policy = directory.policy;
    if (behaviour.rejectCreateOutsidePolicy && (policy.state !== 'enabled' || !isTargetedByPolicy(policy, user))) {
      throw fail.badRequest('Converged UserCredentialPolicy does not allow creating or updating this authentication method. AuthMethodType [TemporaryAccessPass].');
    }
    if (body.usableOnce === false && policy.isUsableOnce) {
      throw fail.badRequest('Invalid IsUsableOnce specified. Tenant Policy does not allow multiple use temporary access pass method.');
    }
    const lifetime = body.lifetime ?? policy.defaultLifetimeInMinutes;
    if (lifetime < policy.minimumLifetimeInMinutes || lifetime > policy.maximumLifetimeInMinutes) {
      const message = `Invalid LifetimeInMinutes specified. The valid range between ${policy.minimumLifetimeInMinutes} and ${policy.maximumLifetimeInMinutes}.`;
      throw fail.badRequest(message, message);
    }
    const now = clock.now();
    if (body.start !== undefined && body.start < now - behaviour.pastStartToleranceMs) {
      throw fail.badRequest('Invalid StartDateTime specified. It can not be a time in the past.');
    }
    if (body.start !== undefined && behaviour.maxStartDaysAhead !== null && body.start > now + behaviour.maxStartDaysAhead * 86_400_000) {
      throw fail.badRequest(`Invalid StartDateTime specified. It can not be more than ${behaviour.maxStartDaysAhead} days in the future.`);
    }
    if (!behaviour.replaceExistingTap && user.tap && now < user.tap.startDateTime + user.tap.lifetimeInMinutes * 60_000) {
      throw fail.badRequest('A Temporary Access Pass already exists for this user. Delete it before creating a new one.');
    }
    // One TAP per user: the new one replaces the old (A.2.1, current docs).
    user.tap = {
      id: randomUUID(),
      createdDateTime: now,
      startDateTime: body.start ?? now,
      lifetimeInMinutes: lifetime,
      isUsableOnce: body.usableOnce ?? policy.isUsableOnce,
      used: false,
    };
    const after = behaviour.playPersonAfterMs;
    if (after !== null) {
      const created = user.tap.id;
      clock.setTimeout(() => {
        if (user.tap?.id === created) playPerson(user, clock, { afterMs: after });
      }, after);
    }
    const pass = behaviour.nextPass ?? generatePass(policy.defaultLength);
    behaviour.nextPass = null;
    return graphOk(
      call.request,
      {
        '@odata.context': `${collectionContext(call, user.id)}/$entity`,
        ...shapeTap(user.tap, user, policy, now, { pass, withType: true, beta: call.version === 'beta' }),
      },
      201,
      { location: `${call.context.origin}/${call.version}/users/${user.id}/authentication/temporaryAccessPassMethods/${user.tap.id}` },
    );
  };
}

/** `GET …/temporaryAccessPassMethods`: 0 or 1 items, pass always null (A.2.2). */
function listTaps(call: GraphCall): EmuResponse {
  const { directory, clock } = call.context;
  const caller = authenticate(call.context, call.request);
  requireMethodScope(caller, 'read', { tap: true, self: call.params['id'] === '@me' });
  const user = resolveUser(call, caller);
  requireMethodRole(directory, caller, user, 'read');
  const value = user.tap ? [shapeTap(user.tap, user, directory.policy, clock.now(), { withType: false, beta: call.version === 'beta' })] : [];
  return graphOk(call.request, { '@odata.context': collectionContext(call, user.id), value });
}

function tapOr404(call: GraphCall, caller: ReturnType<typeof authenticate>, access: 'read' | 'write') {
  const user = resolveUser(call, caller);
  requireMethodRole(call.context.directory, caller, user, access);
  const tapId = (call.params['tapId'] ?? '').toLowerCase();
  if (!user.tap || user.tap.id !== tapId) {
    throw new GraphFailure(404, 'itemNotFound', `The requested temporaryAccessPassAuthenticationMethod '${call.params['tapId'] ?? ''}' was not found.`);
  }
  return { user, tap: user.tap };
}

/** `GET …/temporaryAccessPassMethods/{id}` (A.2.3). */
function getTap(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  requireMethodScope(caller, 'read', { tap: true, self: call.params['id'] === '@me' });
  const { user, tap } = tapOr404(call, caller, 'read');
  return graphOk(call.request, {
    '@odata.context': `${collectionContext(call, user.id)}/$entity`,
    ...shapeTap(tap, user, call.context.directory.policy, call.context.clock.now(), { withType: true, beta: call.version === 'beta' }),
  });
}

/** `DELETE …/temporaryAccessPassMethods/{id}` → 204 (A.2.4). */
function deleteTap(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  requireMethodScope(caller, 'write', { tap: true, self: call.params['id'] === '@me' });
  const { user } = tapOr404(call, caller, 'write');
  user.tap = null;
  return graphNoContent(call.request);
}

export function tapRoutes(behaviour: TapBehaviour): GraphRoute[] {
  const base = ['users', ':id', 'authentication', 'temporaryAccessPassMethods'];
  return [
    { method: 'GET', pattern: base, handler: listTaps },
    { method: 'POST', pattern: base, handler: createTap(behaviour) },
    { method: 'GET', pattern: [...base, ':tapId'], handler: getTap },
    { method: 'DELETE', pattern: [...base, ':tapId'], handler: deleteTap },
  ];
}

export { tapOdataType };
