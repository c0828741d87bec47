/**
 * The pre-flight rules about the TAP policy and the technician's roles, each returning its
 * blocks and adding non-blocking notes. Pure.
 */
import type { PreflightBlock } from '../../preload/contract';
import { policyVerdict } from './policy-verdict';
import type { PreflightInput } from './preflight';
import { needsPrivilegedAuthAdmin } from './privilege';

export const block = (
  code: PreflightBlock['code'],
  message: string,
  hint: string,
): PreflightBlock => ({
  code,
  message,
  hint,
});

/** Policy state and targets. */
export function policyBlocks(input: PreflightInput, notes: string[]): PreflightBlock[] {
  if (input.policy.kind === 'unreadable') {
    notes.push(
      'Your roles cannot read the TAP policy, so it is not checked here: Microsoft Graph validates the pass when you create it.',
    );
    return [];
  }
  if (input.policy.kind === 'unknown') {
    notes.push(
      'The TAP policy could not be read just now: Microsoft Graph validates the pass when you create it.',
    );
    return [];
  }
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
  const verdict = policyVerdict(snapshot, input.user.id, input.groupIds);
  switch (verdict.kind) {
    case 'excluded':
      return [
        block(
          'user-not-in-policy',
          'The TAP policy excludes this user (they are in an excluded group).',
          'Ask an admin to remove the user from the excluded group, if that is intended.',
        ),
      ];
    case 'not-included':
      return [
        block(
          'user-not-in-policy',
          "This user is not in the TAP policy's target groups.",
          "Ask an admin to add the user to the TAP policy's target group.",
        ),
      ];
    case 'unknown':
      notes.push(
        "The user's groups could not be read in full, so the policy's targets are checked by Microsoft Graph when you create the pass.",
      );
      return [];
    default:
      return [];
  }
}

/** What the technician's roles allow for this target. */
export function roleBlocks(input: PreflightInput, notes: string[]): PreflightBlock[] {
  const { capability } = input.technician;
  if (capability === 'read-only' || capability === 'none') {
    return [
      block(
        'forbidden',
        'Your roles let you look up users but not issue Temporary Access Passes.',
        'Ask your admin for the Authentication Administrator role.',
      ),
    ];
  }
  if (capability !== 'members') return [];
  if (input.roles !== null && needsPrivilegedAuthAdmin(input.roles)) {
    return [
      block(
        'needs-privileged-role',
        'This user holds an admin role: only a Privileged Authentication Administrator can issue their pass.',
        'Hand this request to a colleague with the Privileged Authentication Administrator role.',
      ),
    ];
  }
  if (input.inRoleGroup === true || input.methodsReadDenied) {
    return input.technician.adminUnitScoped && input.inRoleGroup !== true
      ? [
          block(
            'outside-admin-unit',
            'This user is outside the administrative units your role covers.',
            'Hand this request to a colleague whose role covers this user.',
          ),
        ]
      : [
          block(
            'needs-privileged-role',
            'This user is privileged (for example through a role-assignable group): only a Privileged Authentication Administrator can issue their pass.',
            'Hand this request to a colleague with the Privileged Authentication Administrator role.',
          ),
        ];
  }
  if (input.roles === null)
    notes.push(
      'Could not read whether this user holds an admin role: if they do, Microsoft Graph will refuse and TAP Desk will say so.',
    );
  return [];
}
