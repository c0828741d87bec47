import { hasTenantRole, isPrivilegedTarget, isSensitiveAtUnitScope, scopedRoleUnits } from '../directory/roles';
import type { Directory } from '../directory/store';
import type { DirectoryUser } from '../directory/types';
import { hasScope, type Caller } from './authenticate';
import { fail } from './respond';

export type MethodAccess = 'read' | 'write';

const readAllScopes = ['UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite.All'];
const tapReadScopes = ['UserAuthMethod-TAP.Read.All', 'UserAuthMethod-TAP.ReadWrite.All'];
const writeScopes = ['UserAuthenticationMethod.ReadWrite.All'];
const tapWriteScopes = ['UserAuthMethod-TAP.ReadWrite.All'];
const selfReadScopes = ['UserAuthenticationMethod.Read', 'UserAuthenticationMethod.ReadWrite'];

/** Delegated scope check for authentication-method calls (A.4); `tap` admits the granular TAP permissions. */
export function requireMethodScope(caller: Caller, access: MethodAccess, options: { readonly tap: boolean; readonly self: boolean }): void {
  const allowed =
    access === 'read'
      ? [...readAllScopes, ...(options.tap ? tapReadScopes : []), ...(options.tap ? tapWriteScopes : []), ...(options.self ? selfReadScopes : [])]
      : [...writeScopes, ...(options.tap ? tapWriteScopes : [])];
  if (!hasScope(caller, ...allowed)) throw fail.accessDenied();
}

/**
 * Role check for acting on another user's methods (A.4.1): Privileged Authentication Admin and
 * Global Admin reach everyone; Authentication Admin only non-privileged users. Either role held
 * at administrative-unit scope reaches only the unit's members, and for writes only those who
 * hold no role and are not privileged through a group (403 `Authorization_RequestDenied`, as
 * "Assign Microsoft Entra roles with administrative unit scope" describes). Global Reader reads
 * only; nobody manages their own TAP.
 */
export function requireMethodRole(directory: Directory, caller: Caller, target: DirectoryUser, access: MethodAccess): void {
  const self = caller.user.id === target.id;
  if (self) {
    if (access === 'read') return;
    throw fail.accessDenied();
  }
  const actor = caller.user;
  if (hasTenantRole(actor, 'Global Administrator', 'Privileged Authentication Administrator')) return;
  const privileged = isPrivilegedTarget(target, directory);
  if (!privileged && hasTenantRole(actor, 'Authentication Administrator')) return;
  if (access === 'read' && hasTenantRole(actor, 'Global Reader')) return;
  const units = scopedRoleUnits(actor, 'Authentication Administrator', 'Privileged Authentication Administrator');
  if (units.some((id) => directory.administrativeUnits.get(id)?.memberIds.has(target.id))) {
    // Reads follow the tenant-wide table; writes the stricter unit rule.
    if (access === 'read' ? !privileged : !isSensitiveAtUnitScope(target, directory)) return;
    if (access === 'write') throw fail.directoryDenied();
  }
  throw fail.accessDenied();
}

/** Who sees unmasked phone numbers: "the authentication administrator only sees masked phone numbers" (A.4). */
export function seesFullPhoneNumbers(caller: Caller, target: DirectoryUser): boolean {
  return caller.user.id === target.id || hasTenantRole(caller.user, 'Global Administrator', 'Privileged Authentication Administrator');
}
