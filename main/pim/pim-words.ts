/** PIM refusals and rules in a technician's words, each with what to do next. */
import type { PimRole, PimRules } from '../../preload/contract';
import { AppFailure } from '../kernel/result';
import type { PimReply } from './pim-client';
import { failedRules } from './pim-rules';

const ruleWords: Record<string, string> = {
  JustificationRule: 'a justification',
  TicketingRule: 'a ticket number',
  ExpirationRule: 'a shorter duration',
  MfaRule: 'a sign-in with multifactor authentication',
  EligibilityRule: 'an eligible assignment for this role and scope',
};

/** "justification, ticket, approval" for the rules a role is known to have. */
export function describeRules(rules: PimRules): string {
  const parts = [
    `up to ${String(rules.maxMinutes / 60)} h`,
    ...(rules.justification ? ['justification'] : []),
    ...(rules.ticket ? ['ticket'] : []),
    ...(rules.approval ? ['approval'] : []),
    ...(rules.mfa || rules.authContext ? ['stronger sign-in'] : []),
  ];
  return parts.join(', ');
}

export function refusal(reply: PimReply, role: PimRole): AppFailure {
  const name = `${role.roleName} (${role.scopeName})`;
  const id = reply.requestId;
  const failed = failedRules(reply.message ?? '');
  if (failed.length > 0) {
    const needs = failed.map((r) => ruleWords[r] ?? r).join(', ');
    return new AppFailure('bad-request', `Entra refused to activate ${name}: it needs ${needs}.`, 'Fill in what is missing and activate again.', id);
  }
  switch (reply.code) {
    case 'RoleAssignmentRequestAcrsValidationFailed':
      return new AppFailure('forbidden', `Entra still asks for a stronger sign-in before ${name} can be activated.`, 'Sign in with the method your organisation requires (for example a security key), then try again.', id);
    case 'RoleAssignmentExists':
      return new AppFailure('conflict', `${name} is already active.`, 'Use "Refresh my roles".', id);
    case 'PendingRoleAssignmentRequest':
      return new AppFailure('conflict', `A request for ${name} is already waiting.`, 'Wait for it to be approved or to take effect.', id);
    case 'ActiveDurationTooShort':
      return new AppFailure('conflict', `Entra ends an activation only after it has been active for 5 minutes.`, 'Try again in a few minutes.', id);
    case 'RoleAssignmentDoesNotExist':
      return new AppFailure('not-found', `${name} is not active any more.`, 'Use "Refresh my roles".', id);
    default:
      break;
  }
  if (reply.status === 401 || reply.status === 403) {
    return new AppFailure('forbidden', `Microsoft Graph did not let TAP Desk activate ${name} for you.`, 'Ask your admin to consent to RoleAssignmentSchedule.ReadWrite.Directory for TAP Desk, or activate the role in the Entra portal.', id);
  }
  return new AppFailure('internal', `Entra could not activate ${name} (HTTP ${String(reply.status)}).`, 'Try again in a moment, or activate the role in the Entra portal.', id);
}
