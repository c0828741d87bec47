import { createHash } from 'node:crypto';
import type { DirectoryUser, RegisteredMethod } from '../directory/types';
import { graphDateTime } from '../http/format';
import type { EmuResponse } from '../http/types';
import { authenticate } from './authenticate';
import { requireMethodRole, requireMethodScope, seesFullPhoneNumbers } from './permissions';
import { graphOk } from './respond';
import type { GraphCall, GraphRoute } from './route-types';
import { shapeTap } from './tap-shape';
import { resolveUser } from './target';

/** The password method id is the same for everyone (A.5). */
const passwordMethodId = '28c10230-6103-485e-b985-444c60001490';

const stableId = (user: DirectoryUser, index: number): string => {
  const h = createHash('sha256').update(`${user.id}:${index}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

/** `+1 4255550123` → `+1 XXXXXXXX23`: what an Authentication Administrator sees (A.4). */
const maskPhone = (phone: string): string => {
  const [country = '', ...rest] = phone.split(' ');
  const digits = rest.join('');
  return `${country} ${'X'.repeat(Math.max(0, digits.length - 2))}${digits.slice(-2)}`;
};

function shapeMethod(method: RegisteredMethod, id: string, created: string, fullPhones: boolean): Record<string, unknown> {
  switch (method.type) {
    case 'fido2':
      return { '@odata.type': '#microsoft.graph.fido2AuthenticationMethod', id, displayName: method.displayName, createdDateTime: created, aaGuid: method.aaGuid, model: method.model, attestationCertificates: [], attestationLevel: 'attested' };
    case 'microsoftAuthenticator':
      return { '@odata.type': '#microsoft.graph.microsoftAuthenticatorAuthenticationMethod', id, displayName: method.displayName, deviceTag: method.deviceTag, phoneAppVersion: method.phoneAppVersion, createdDateTime: created };
    case 'phone':
      return { '@odata.type': '#microsoft.graph.phoneAuthenticationMethod', id, phoneNumber: fullPhones ? method.phoneNumber : maskPhone(method.phoneNumber), phoneType: method.phoneType, smsSignInState: 'notAllowedByPolicy' };
    case 'windowsHelloForBusiness':
      return { '@odata.type': '#microsoft.graph.windowsHelloForBusinessAuthenticationMethod', id, displayName: method.displayName, createdDateTime: created, keyStrength: method.keyStrength };
    case 'email':
      return { '@odata.type': '#microsoft.graph.emailAuthenticationMethod', id, emailAddress: method.emailAddress };
    case 'softwareOath':
      return { '@odata.type': '#microsoft.graph.softwareOathAuthenticationMethod', id };
  }
}

/** `GET /users/{id}/authentication/methods` (A.5): password, registered methods and the TAP. */
function listMethods(call: GraphCall): EmuResponse {
  const { directory, clock } = call.context;
  const caller = authenticate(call.context, call.request);
  requireMethodScope(caller, 'read', { tap: false, self: call.params['id'] === '@me' });
  const user = resolveUser(call, caller);
  requireMethodRole(directory, caller, user, 'read');
  const created = graphDateTime(Date.parse(user.createdDateTime));
  const value: Record<string, unknown>[] = [];
  // External guests sign in at their home tenant, so they have no password here.
  if (!user.userPrincipalName.includes('#EXT#')) {
    value.push({ '@odata.type': '#microsoft.graph.passwordAuthenticationMethod', id: passwordMethodId, password: null, createdDateTime: created });
  }
  const fullPhones = seesFullPhoneNumbers(caller, user);
  user.methods.forEach((m, i) => value.push(shapeMethod(m, stableId(user, i), m.registeredAt === undefined ? created : graphDateTime(m.registeredAt), fullPhones)));
  if (user.tap) value.push(shapeTap(user.tap, user, directory.policy, clock.now(), { withType: true, beta: call.version === 'beta' }));
  return graphOk(call.request, { '@odata.context': `${call.context.origin}/${call.version}/$metadata#users('${user.id}')/authentication/methods`, value });
}

export const methodRoutes: GraphRoute[] = [{ method: 'GET', pattern: ['users', ':id', 'authentication', 'methods'], handler: listMethods }];
