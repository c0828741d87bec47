/**
 * The technician's own PIM picture, read with their roles: eligible roles and active ones
 * (`filterByCurrentUser(on='principal')`, tenant-wide and administrative-unit scoped), open
 * requests (waiting for approval, or granted and not yet in effect), and each eligible role's
 * rules. Eligibility held through a group is not listed by Graph here, so neither is it here.
 */
import type { PimRole, PimRules, PimView } from '../../preload/contract';
import { partSucceeded } from '../graph/batch';
import { roleNameOf } from './role-names';
import { rulesFromPolicy, unknownRules } from './pim-rules';

export interface PimPart {
  readonly status: number;
  readonly body: unknown;
}

const mine = (set: string): string => `/roleManagement/directory/${set}/filterByCurrentUser(on='principal')`;
const openRequests = encodeURIComponent("status eq 'PendingApproval' or status eq 'Granted'");

/** The parts added to the roles `$batch`. */
export const pimSteps = [
  { id: 'pimEligible', url: mine('roleEligibilityScheduleInstances') },
  { id: 'pimActive', url: mine('roleAssignmentScheduleInstances') },
  { id: 'pimRequests', url: `${mine('roleAssignmentScheduleRequests')}?$filter=${openRequests}` },
] as const;

/** One part per eligible role: its policy and rules (needs a reader role; 403 otherwise). */
export function policySteps(roleIds: readonly string[]): { id: string; url: string }[] {
  return roleIds.map((id) => {
    const filter = encodeURIComponent(`scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${id.replaceAll("'", "''")}'`);
    return { id, url: `/policies/roleManagementPolicyAssignments?$filter=${filter}&$expand=policy($expand=rules)` };
  });
}

interface Instance {
  readonly roleDefinitionId?: unknown;
  readonly directoryScopeId?: unknown;
  readonly startDateTime?: unknown;
  readonly endDateTime?: unknown;
  readonly assignmentType?: unknown;
  readonly status?: unknown;
}

const valueOf = (part: PimPart | undefined): Instance[] => {
  const value = (part?.body as { value?: unknown } | null)?.value;
  return Array.isArray(value) ? (value as Instance[]) : [];
};

export const roleKey = (roleId: string, scopeId: string): string => `${roleId.toLowerCase()}|${scopeId}`;
const keyOf = (i: Instance): string => roleKey(String(i.roleDefinitionId ?? ''), String(i.directoryScopeId ?? '/'));

/** The role template ids the technician is eligible for (whose policies to read). */
export function eligibleRoleIds(parts: ReadonlyMap<string, PimPart>): string[] {
  return [...new Set(valueOf(parts.get('pimEligible')).map((i) => String(i.roleDefinitionId ?? '').toLowerCase()).filter(Boolean))];
}

/**
 * Builds the view. `learned` holds rules a refusal taught this session, for roles whose policy
 * could not be read.
 */
export function pimViewFrom(
  parts: ReadonlyMap<string, PimPart>,
  policies: ReadonlyMap<string, PimPart>,
  learned: ReadonlyMap<string, PimRules>,
): PimView {
  const eligiblePart = parts.get('pimEligible');
  if (!partSucceeded(eligiblePart)) {
    return eligiblePart?.status === 403
      ? { state: 'unavailable', reason: 'Microsoft Graph did not let TAP Desk read your eligible roles.' }
      : { state: 'unavailable', reason: 'Your eligible roles could not be read; use "Refresh my roles" to try again.' };
  }
  const active = new Map(valueOf(parts.get('pimActive')).filter((i) => i.assignmentType === 'Activated').map((i) => [keyOf(i), i]));
  const requests = new Map(valueOf(parts.get('pimRequests')).map((i) => [keyOf(i), i]));
  const roles: PimRole[] = valueOf(eligiblePart).map((e) => {
    const roleId = String(e.roleDefinitionId ?? '').toLowerCase();
    const scopeId = String(e.directoryScopeId ?? '/');
    const key = roleKey(roleId, scopeId);
    const policy = policies.get(roleId);
    const rules = (partSucceeded(policy) ? rulesFromPolicy(valueOf(policy)[0]) : null) ?? learned.get(roleId) ?? unknownRules;
    const on = active.get(key);
    const request = requests.get(key);
    const state: PimRole['state'] = on ? 'active' : request?.status === 'PendingApproval' ? 'pending-approval' : request ? 'activating' : 'eligible';
    return {
      key,
      roleTemplateId: roleId,
      roleName: roleNameOf(roleId),
      scopeId,
      scopeName: scopeId === '/' ? 'tenant-wide' : 'administrative unit',
      state,
      rules,
      ...(on && typeof on.endDateTime === 'string' ? { activeUntil: on.endDateTime } : {}),
      ...(on && typeof on.startDateTime === 'string' ? { activeSince: on.startDateTime } : {}),
    };
  });
  return { state: 'available', roles };
}
