import type { DirectoryUser } from '../directory/types';
import { entityContext, selectParser } from './select';

/** Returned when no `$select` is given (A.6.1). */
export const defaultUserProperties = [
  'businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation',
  'preferredLanguage', 'surname', 'userPrincipalName', 'id',
] as const;

const modelled = new Set<string>([
  ...defaultUserProperties, 'accountEnabled', 'department', 'employeeId', 'userType', 'onPremisesSyncEnabled', 'createdDateTime',
]);

/** Real user properties the emulator does not model: selectable, always null. */
const unmodelled = new Set<string>([
  'companyName', 'city', 'country', 'state', 'streetAddress', 'postalCode', 'usageLocation', 'employeeType',
  'employeeHireDate', 'externalUserState', 'creationType', 'onPremisesImmutableId', 'onPremisesSamAccountName',
  'onPremisesDomainName', 'onPremisesLastSyncDateTime', 'mailNickname', 'otherMails', 'proxyAddresses', 'identities',
  'signInActivity', 'lastPasswordChangeDateTime', 'ageGroup', 'faxNumber', 'securityIdentifier', 'deletedDateTime',
]);

/** Parses `$select` (case-insensitive names, as Graph accepts) or returns the defaults. */
export const parseSelect = selectParser('microsoft.graph.user', [...modelled, ...unmodelled], defaultUserProperties);

/** Projects a user onto the selected properties, in the selection's order. */
export function shapeUser(user: DirectoryUser, properties: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of properties) {
    if (p === 'externalUserState') out[p] = user.userPrincipalName.includes('#EXT#') ? 'Accepted' : null;
    else if (p === 'creationType') out[p] = user.userPrincipalName.includes('#EXT#') ? 'Invitation' : null;
    else if (p === 'mailNickname') out[p] = user.userPrincipalName.split('@')[0] ?? null;
    else out[p] = modelled.has(p) ? (user as unknown as Record<string, unknown>)[p] ?? null : null;
  }
  return out;
}

/** `@odata.context` for users, with the select list when one was given (A.6.1). */
export function usersContext(origin: string, version: string, select: string | null, entity: boolean): string {
  return entityContext(origin, version, 'users', select, entity);
}
