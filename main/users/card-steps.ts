/**
 * The user card's reads, as the parts of one JSON `$batch`: the user, their methods, their TAP,
 * their roles and groups (transitiveMemberOf, typed by `@odata.type`, so admin status and the
 * policy's group targets come from the same part), and the TAP policy when it is not cached yet.
 */
import type { BatchStep } from '../graph/batch';
import { USER_SELECT } from './search-query';

export const POLICY_PATH = 'policies/authenticationMethodsPolicy/authenticationMethodConfigurations/TemporaryAccessPass';

export function cardSteps(userKey: string, includePolicy: boolean): BatchStep[] {
  const user = `/users/${encodeURIComponent(userKey)}`;
  return [
    { id: 'user', url: `${user}?$select=${USER_SELECT}` },
    { id: 'methods', url: `${user}/authentication/methods` },
    { id: 'tap', url: `${user}/authentication/temporaryAccessPassMethods` },
    { id: 'memberOf', url: `${user}/transitiveMemberOf?$select=id,displayName,roleTemplateId,isAssignableToRole&$top=999` },
    ...(includePolicy ? [{ id: 'policy', url: `/${POLICY_PATH}` }] : []),
  ];
}
