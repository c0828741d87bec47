/**
 * The PIM resources as Graph v1.0 spells them: unifiedRoleEligibilityScheduleInstance,
 * unifiedRoleAssignmentScheduleInstance, unifiedRoleAssignmentScheduleRequest and
 * unifiedRoleManagementPolicyAssignment with its policy and rules. Only properties the v1.0
 * metadata defines (addendum: "Shapes").
 */
import { roleTemplateIds } from '../directory/roles';
import type { RoleName } from '../directory/types';
import type { Activation, Eligibility, RolePolicy, RoleRequest } from './pim-model';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** `PT8H`, `PT90M`: the ISO 8601 durations the rules and requests use. */
export function isoDuration(minutes: number): string {
  return minutes % 60 === 0 ? `PT${String(minutes / 60)}H` : `PT${String(minutes)}M`;
}

export function eligibilityInstance(e: Eligibility): Record<string, unknown> {
  return {
    id: e.id,
    principalId: e.principalId,
    roleDefinitionId: roleTemplateIds[e.role],
    directoryScopeId: e.directoryScopeId,
    appScopeId: null,
    startDateTime: iso(e.startDateTime),
    endDateTime: null,
    memberType: 'Direct',
    roleEligibilityScheduleId: e.id,
  };
}

/** A permanent (seeded) assignment or an activation, as an assignment schedule instance. */
export function assignmentInstance(
  fields: { id: string; principalId: string; role: RoleName; directoryScopeId: string },
  activation?: Activation,
): Record<string, unknown> {
  return {
    id: fields.id,
    principalId: fields.principalId,
    roleDefinitionId: roleTemplateIds[fields.role],
    directoryScopeId: fields.directoryScopeId,
    appScopeId: null,
    startDateTime: activation ? iso(activation.startDateTime) : null,
    endDateTime: activation ? iso(activation.endDateTime) : null,
    assignmentType: activation ? 'Activated' : 'Assigned',
    memberType: 'Direct',
    roleAssignmentOriginId: activation ? activation.requestId : fields.id,
    roleAssignmentScheduleId: activation ? activation.id : fields.id,
  };
}

export function requestShape(r: RoleRequest): Record<string, unknown> {
  return {
    id: r.id,
    status: r.status,
    createdDateTime: iso(r.createdDateTime),
    completedDateTime: iso(r.completedDateTime),
    approvalId: r.status === 'PendingApproval' || r.status === 'Denied' ? r.id : null,
    customData: null,
    action: r.action,
    principalId: r.principalId,
    roleDefinitionId: roleTemplateIds[r.role],
    directoryScopeId: r.directoryScopeId,
    appScopeId: null,
    isValidationOnly: false,
    targetScheduleId: r.id,
    justification: r.justification,
    createdBy: { application: null, device: null, user: { displayName: null, id: r.principalId } },
    scheduleInfo:
      r.action === 'selfDeactivate'
        ? null
        : {
            startDateTime: iso(r.effectiveAt ?? r.createdDateTime),
            recurrence: null,
            expiration: { type: 'afterDuration', endDateTime: null, duration: isoDuration(r.durationMinutes) },
          },
    ticketInfo: { ticketNumber: r.ticketNumber, ticketSystem: r.ticketSystem },
  };
}

const target = (caller: string) => ({
  caller,
  operations: ['all'],
  level: caller === 'EndUser' ? 'Assignment' : 'Eligibility',
  inheritableSettings: [],
  enforcedSettings: [],
});

/** The end-user activation rules of a role's policy, with the ids Entra gives them. */
export function policyAssignment(role: RoleName, policy: RolePolicy, policyId: string): Record<string, unknown> {
  const enabled = [
    ...(policy.mfa ? ['MultiFactorAuthentication'] : []),
    ...(policy.justification ? ['Justification'] : []),
    ...(policy.ticketing ? ['Ticketing'] : []),
  ];
  return {
    id: `${policyId}_${roleTemplateIds[role]}`,
    policyId,
    scopeId: '/',
    scopeType: 'DirectoryRole',
    roleDefinitionId: roleTemplateIds[role],
    policy: {
      id: policyId,
      displayName: 'DirectoryRole',
      description: 'DirectoryRole',
      isOrganizationDefault: false,
      scopeId: '/',
      scopeType: 'DirectoryRole',
      lastModifiedDateTime: null,
      lastModifiedBy: null,
      rules: [
        {
          '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyExpirationRule',
          id: 'Expiration_EndUser_Assignment',
          isExpirationRequired: true,
          maximumDuration: isoDuration(policy.maximumDurationMinutes),
          target: target('EndUser'),
        },
        {
          '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyEnablementRule',
          id: 'Enablement_EndUser_Assignment',
          enabledRules: enabled,
          target: target('EndUser'),
        },
        {
          '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyApprovalRule',
          id: 'Approval_EndUser_Assignment',
          setting: {
            isApprovalRequired: policy.approval,
            isApprovalRequiredForExtension: false,
            isRequestorJustificationRequired: true,
            approvalMode: 'SingleStage',
            approvalStages: [],
          },
          target: target('EndUser'),
        },
        {
          '@odata.type': '#microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule',
          id: 'AuthenticationContext_EndUser_Assignment',
          isEnabled: policy.authenticationContext !== null,
          claimValue: policy.authenticationContext,
          target: target('EndUser'),
        },
      ],
    },
  };
}
