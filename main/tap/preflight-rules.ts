/**
 * The pre-flight rules about the TAP policy and the technician's roles, each returning its
 * blocks and adding non-blocking notes. Pure.
 */
import type { PreflightBlock } from '../../preload/contract';
import { groupLabel, includeGroupLabels, type PolicySnapshot } from '../tap-policy/policy';
import { policyVerdict } from '../tap-policy/verdict';
import type { PreflightInput } from './preflight';
import { eligibleForPrivilegedRole, needsPrivilegedAuthAdmin } from './privilege';

export const block = (
  code: PreflightBlock['code'],
  message: string,
  hint: string,
): PreflightBlock => ({
  code,
  message,
  hint,
});

/** The hint of every block that only a Privileged Authentication Administrator can lift. */
const toPrivilegedColleague = 'Hand this request to a colleague with the Privileged Authentication Administrator role.';

/** The user is out of reach of a technician whose role is limited to administrative units. */
const outsideAdminUnit = (): PreflightBlock =>
  block(
    'outside-admin-unit',
    'This user is outside the administrative units your role covers.',
    'Hand this request to a colleague whose role covers this user.',
  );

export const outsidePolicyMessage = "This user is outside the TAP policy's groups, so a pass would not work.";

/** "Ask an admin to add the user to the TAP policy group 'TAP users'." */
export function outsidePolicyHint(snapshot: PolicySnapshot | null): string {
  const groups = snapshot ? includeGroupLabels(snapshot) : [];
  if (groups.length === 0) return "Ask an admin to add the user to the TAP policy's target group, then try again.";
  return `Ask an admin to add the user to the TAP policy group ${groups.join(' or ')}, then try again.`;
}

/** Policy state and targets. */
export function policyBlocks(input: PreflightInput): PreflightBlock[] {
  // Not read: the card's policy fact says "not checked" and why; Graph decides at mint.
  if (input.policy.kind !== 'known') return [];
  const { snapshot } = input.policy;
  if (snapshot.policy.state === 'disabled') {
    return [
      block(
        'policy-disabled',
        'Temporary Access Pass is turned off in this tenant.',
        'Ask an Authentication Policy Administrator to enable the Temporary Access Pass method.',
      ),
    ];
  }
  const verdict = policyVerdict(snapshot, input.user.id, input.groups);
  switch (verdict.kind) {
    case 'excluded':
      return [
        block(
          'user-not-in-policy',
          `The TAP policy excludes this user (they are in the excluded group ${groupLabel(snapshot, verdict.groupId ?? '')}), so a pass would not work.`,
          'Ask an admin to remove the user from the excluded group, if that is intended.',
        ),
      ];
    case 'not-included':
      return [block('user-not-in-policy', outsidePolicyMessage, outsidePolicyHint(snapshot))];
    case 'unknown':
      return [
        block(
          'not-checked',
          "Could not check whether the TAP policy covers this user: some of their groups could not be read.",
          'Reload the card to check again. A pass for a user outside the policy would not work.',
        ),
      ];
    default:
      return [];
  }
}

/** What the technician's roles allow for this target. */
export function roleBlocks(input: PreflightInput): PreflightBlock[] {
  const { capability } = input.technician;
  if (capability === 'read-only' || capability === 'none') {
    return [
      block(
        'forbidden',
        'Your roles let you look up users but not issue Temporary Access Passes.',
        input.technician.canActivate
          ? `Activate your eligible ${input.technician.canActivate} role from the header (PIM), then the card is read again.`
          : 'Ask your admin for the Authentication Administrator role.',
      ),
    ];
  }
  if (capability !== 'members') return [];
  if (eligibleForPrivilegedRole(input.eligibleRoles)) {
    // Graph itself would allow this mint; the pass would still let its holder activate the role.
    return [
      block(
        'needs-privileged-role',
        'This user may activate an admin role in PIM: only a Privileged Authentication Administrator can issue their pass.',
        toPrivilegedColleague,
      ),
    ];
  }
  if (input.technician.adminUnitScoped) return unitScopeBlocks(input);
  if (input.roles !== null && needsPrivilegedAuthAdmin(input.roles)) {
    return [
      block(
        'needs-privileged-role',
        'This user holds an admin role: only a Privileged Authentication Administrator can issue their pass.',
        toPrivilegedColleague,
      ),
    ];
  }
  if (input.inRoleGroup === true || input.methodsReadDenied) {
    return input.technician.adminUnitScoped && input.inRoleGroup !== true
      ? [outsideAdminUnit()]
      : [
          block(
            'needs-privileged-role',
            'This user is privileged (for example through a role-assignable group): only a Privileged Authentication Administrator can issue their pass.',
            toPrivilegedColleague,
          ),
        ];
  }
  return [];
}

/**
 * At administrative-unit scope any role, or a role-assignable group, puts the user out of reach,
 * even roles a tenant-wide Authentication Administrator may serve ("Assign Microsoft Entra roles
 * with administrative unit scope"). Whether the user is in the unit, Graph decides.
 */
function unitScopeBlocks(input: PreflightInput): PreflightBlock[] {
  const holdsRole = input.roles !== null && input.roles.length > 0;
  if (holdsRole || input.inRoleGroup === true) {
    return [
      block(
        'needs-privileged-role',
        holdsRole
          ? 'This user holds an admin role: a role limited to administrative units cannot change their sign-in methods.'
          : 'This user is privileged through a role-assignable group: a role limited to administrative units cannot change their sign-in methods.',
        'Hand this request to a colleague with a tenant-wide Privileged Authentication Administrator role.',
      ),
    ];
  }
  if (input.methodsReadDenied) {
    return [outsideAdminUnit()];
  }
  return [];
}
