/**
 * `POST /roleManagement/directory/roleAssignmentScheduleRequests` with `selfActivate` or
 * `selfDeactivate`, checked in this order: token and scope, body, principal is the caller, the
 * eligibility (or activation) exists, nothing already active or pending, then the role's rules.
 * Refusals as Entra answers them: `RoleAssignmentRequestPolicyValidationFailed` naming the
 * failed rules ("The following policy rules failed: [\"JustificationRule\"]", reported in
 * msgraph-sdk-powershell #1808 for MfaRule and azure-docs #80426 for EligibilityRule/ExpirationRule),
 * `RoleAssignmentRequestAcrsValidationFailed` carrying the claims challenge as `&claims=…`
 * (azure-powershell #25421), `RoleAssignmentExists`, `ActiveDurationTooShort`.
 */
import { randomUUID } from 'node:crypto';
import { roleTemplateIds } from '../directory/roles';
import type { RoleName } from '../directory/types';
import { GraphFailure, type EmuResponse } from '../http/types';
import { authenticate, hasScope } from '../graph/authenticate';
import { jsonObjectBody } from '../graph/json-body';
import { fail, graphOk } from '../graph/respond';
import type { GraphCall, GraphRoute } from '../graph/route-types';
import { deactivate, defaultRolePolicy, maxActivationMinutes, type PimState, type RoleRequest } from './pim-model';
import { requestShape } from './pim-shapes';

const writeScopes = ['RoleAssignmentSchedule.ReadWrite.Directory', 'RoleManagement.ReadWrite.Directory'];

/** Entra will not end an activation in its first five minutes ("Activate Microsoft Entra roles in PIM"). */
const minimumActiveMs = 5 * 60_000;

const policyFailed = (rules: readonly string[]): GraphFailure =>
  new GraphFailure(400, 'RoleAssignmentRequestPolicyValidationFailed', `The following policy rules failed: ${JSON.stringify(rules)}`);

const roleByTemplate = new Map(Object.entries(roleTemplateIds).map(([name, id]) => [id, name as RoleName]));

/** `PT4H`, `PT90M`, `PT1H30M` → minutes; null when not a plain hours/minutes duration. */
export function durationMinutes(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?$/u.exec(value);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim().length > 0 ? value : null);

function requestedMinutes(schedule: unknown, now: number): number | null {
  const expiration = (schedule as { expiration?: Record<string, unknown> } | null)?.expiration;
  if (!expiration) return null;
  const type = String(expiration['type'] ?? '').toLowerCase();
  if (type === 'afterduration') return durationMinutes(expiration['duration']);
  if (type === 'afterdatetime' && typeof expiration['endDateTime'] === 'string') {
    const end = Date.parse(expiration['endDateTime']);
    return Number.isNaN(end) ? null : Math.round((end - now) / 60_000);
  }
  return null;
}

function claimsChallenge(context: string): string {
  return `&claims=${encodeURIComponent(JSON.stringify({ access_token: { acrs: { essential: true, value: context } } }))}`;
}

function createRequest(call: GraphCall): EmuResponse {
  const caller = authenticate(call.context, call.request);
  if (!hasScope(caller, ...writeScopes)) throw fail.directoryDenied();
  const body = jsonObjectBody(call.request);
  const action = String(body['action'] ?? '');
  const principalId = String(body['principalId'] ?? '').toLowerCase();
  const roleId = String(body['roleDefinitionId'] ?? '').toLowerCase();
  const scope = typeof body['directoryScopeId'] === 'string' ? body['directoryScopeId'] : null;
  if (!['selfactivate', 'selfdeactivate'].includes(action.toLowerCase())) {
    // Admin actions need Privileged Role Administrator, which no demo technician holds.
    if (action.length > 0) throw fail.directoryDenied();
    throw fail.badRequest("The request is missing the required property 'action'.");
  }
  const role = roleByTemplate.get(roleId);
  if (!principalId || !role || scope === null) throw fail.badRequest('principalId, roleDefinitionId and directoryScopeId are required.');
  if (principalId !== caller.user.id) throw fail.directoryDenied();
  const { pim, clock, directory } = call.context;
  const now = clock.now();
  pim.settle(now);
  const active = pim.activations.find((a) => a.principalId === principalId && a.role === role && a.directoryScopeId === scope);

  if (action.toLowerCase() === 'selfdeactivate') {
    if (!active) throw new GraphFailure(400, 'RoleAssignmentDoesNotExist', 'The Role assignment does not exist.');
    if (now - active.startDateTime < minimumActiveMs) {
      throw new GraphFailure(400, 'ActiveDurationTooShort', 'The role assignment must be active for at least 5 minutes before it can be deactivated.');
    }
    deactivate(pim, directory, active);
    const request = record(pim, { action: 'selfDeactivate', principalId, role, scope, body, now, minutes: 0, status: 'Revoked' });
    return graphOk(call.request, withContext(call, request), 201);
  }

  const eligible = pim.eligibilities.some((e) => e.principalId === principalId && e.role === role && e.directoryScopeId === scope);
  if (!eligible) throw policyFailed(['EligibilityRule']);
  if (active) throw new GraphFailure(400, 'RoleAssignmentExists', 'The Role assignment already exists.');
  const open = pim.requests.find(
    (r) => r.principalId === principalId && r.role === role && r.directoryScopeId === scope && (r.status === 'PendingApproval' || r.status === 'Granted'),
  );
  if (open) throw new GraphFailure(400, 'PendingRoleAssignmentRequest', 'There is already an existing pending Role assignment request.');

  const policy = pim.policies.get(role) ?? defaultRolePolicy();
  const minutes = requestedMinutes(body['scheduleInfo'], now);
  const ticket = (body['ticketInfo'] ?? null) as { ticketNumber?: unknown } | null;
  const failed = [
    ...(minutes === null || minutes <= 0 || minutes > Math.min(policy.maximumDurationMinutes, maxActivationMinutes) ? ['ExpirationRule'] : []),
    ...(policy.justification && text(body['justification']) === null ? ['JustificationRule'] : []),
    ...(policy.ticketing && text(ticket?.ticketNumber) === null ? ['TicketingRule'] : []),
    ...(policy.mfa && !caller.amr.includes('mfa') ? ['MfaRule'] : []),
  ];
  if (failed.length > 0) throw policyFailed(failed);
  if (policy.authenticationContext !== null && !caller.acrs.includes(policy.authenticationContext)) {
    throw new GraphFailure(400, 'RoleAssignmentRequestAcrsValidationFailed', claimsChallenge(policy.authenticationContext));
  }
  const request = record(pim, {
    action: 'selfActivate',
    principalId,
    role,
    scope,
    body,
    now,
    minutes: minutes ?? 0,
    status: policy.approval ? 'PendingApproval' : 'Granted',
  });
  return graphOk(call.request, withContext(call, request), 201);
}

function record(
  pim: PimState,
  r: { action: RoleRequest['action']; principalId: string; role: RoleName; scope: string; body: Record<string, unknown>; now: number; minutes: number; status: RoleRequest['status'] },
): RoleRequest {
  const ticket = (r.body['ticketInfo'] ?? null) as { ticketNumber?: unknown; ticketSystem?: unknown } | null;
  const request: RoleRequest = {
    id: randomUUID(),
    action: r.action,
    principalId: r.principalId,
    role: r.role,
    directoryScopeId: r.scope,
    justification: text(r.body['justification']),
    ticketNumber: text(ticket?.ticketNumber),
    ticketSystem: text(ticket?.ticketSystem),
    createdDateTime: r.now,
    durationMinutes: r.minutes,
    status: r.status,
    effectiveAt: r.status === 'Granted' ? r.now + pim.activationDelayMs : null,
    completedDateTime: r.status === 'Revoked' ? r.now : null,
  };
  pim.requests.push(request);
  // A zero delay takes effect within this same request, as a fast tenant would.
  pim.settle(r.now);
  return request;
}

function withContext(call: GraphCall, request: RoleRequest): Record<string, unknown> {
  return { '@odata.context': `${call.context.origin}/${call.version}/$metadata#roleManagement/directory/roleAssignmentScheduleRequests/$entity`, ...requestShape(request) };
}

export const pimRequestRoutes: GraphRoute[] = [
  { method: 'POST', pattern: ['roleManagement', 'directory', 'roleAssignmentScheduleRequests'], handler: createRequest },
];
