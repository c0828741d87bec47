import { hasTenantRole } from '../directory/roles';
import type { EmuResponse } from '../http/types';
import { GraphFailure } from '../http/types';
import { authenticate, hasScope } from './authenticate';
import { fail, graphOk } from './respond';
import type { GraphCall, GraphRoute } from './route-types';

/**
 * `GET /policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass`
 * (A.3). Needs Policy.Read.All (or the AuthenticationMethod policy scopes) and a Global Reader,
 * Authentication Policy Administrator or Global Administrator role: an Authentication
 * Administrator alone gets 403 and the app must let the server validate.
 */
function getTapPolicy(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, 'Policy.Read.All', 'Policy.ReadWrite.AuthenticationMethod', 'Policy.Read.AuthenticationMethod')) throw fail.accessDenied();
  if (!hasTenantRole(caller.user, 'Global Reader', 'Authentication Policy Administrator', 'Global Administrator')) throw fail.accessDenied();
  if ((call.params['methodId'] ?? '').toLowerCase() !== 'temporaryaccesspass') {
    throw new GraphFailure(404, 'itemNotFound', `The authentication method configuration '${call.params['methodId'] ?? ''}' was not found.`);
  }
  const p = call.context.directory.policy;
  const base = `${call.context.origin}/${call.version}/$metadata#policies/authenticationMethodsPolicy/authenticationMethodConfigurations`;
  return graphOk(call.request, {
    '@odata.context': `${base}/$entity`,
    '@odata.type': '#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration',
    id: 'TemporaryAccessPass',
    state: p.state,
    defaultLifetimeInMinutes: p.defaultLifetimeInMinutes,
    defaultLength: p.defaultLength,
    minimumLifetimeInMinutes: p.minimumLifetimeInMinutes,
    maximumLifetimeInMinutes: p.maximumLifetimeInMinutes,
    isUsableOnce: p.isUsableOnce,
    excludeTargets: p.excludeTargets.map((t) => ({ id: t.id, targetType: t.targetType })),
    'includeTargets@odata.context': `${base}('TemporaryAccessPass')/microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration/includeTargets`,
    includeTargets: p.includeTargets.map((t) => ({ targetType: t.targetType, id: t.id, isRegistrationRequired: t.isRegistrationRequired ?? false })),
  });
}

export const policyRoutes: GraphRoute[] = [
  {
    method: 'GET',
    pattern: ['policies', 'authenticationMethodsPolicy', 'authenticationMethodConfigurations', ':methodId'],
    handler: getTapPolicy,
  },
];
