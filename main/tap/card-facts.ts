/**
 * The facts the card states, each one checked and fine, checked and a problem, or not checked
 * with the reason and what it means (DESIGN §9: the screen never claims more than was read).
 * Pure: decided from the same input as the pre-flight blocks.
 */
import type { CardFact, PreflightBlock, TapInfo } from '../../preload/contract';
import { groupLabel, includeGroupLabels } from '../tap-policy/policy';
import { policyVerdict } from '../tap-policy/verdict';
import { isExternalGuest, type PreflightInput } from './preflight';
import { eligibleForPrivilegedRole } from './privilege';
import { isLiveTap } from './tap-info';

const fact = (id: CardFact['id'], state: CardFact['state'], label: string, detail?: string): CardFact => ({
  id,
  state,
  label,
  ...(detail ? { detail } : {}),
});

function policyFact(input: PreflightInput): CardFact {
  const { policy } = input;
  if (policy.kind === 'unreadable') {
    return fact(
      'policy',
      'not-checked',
      'the TAP policy',
      'Your roles cannot read the TAP policy. Microsoft Graph checks it when you create the pass; if the user is outside it, no pass is handed over.',
    );
  }
  if (policy.kind === 'unknown') {
    return fact(
      'policy',
      'not-checked',
      'the TAP policy (not read yet)',
      'It could not be read just now. Microsoft Graph checks it when you create the pass; reload the card to try again.',
    );
  }
  const { snapshot } = policy;
  if (snapshot.policy.state === 'disabled') return fact('policy', 'problem', 'Temporary Access Pass is turned off in this tenant');
  const verdict = policyVerdict(snapshot, input.user.id, input.groups);
  switch (verdict.kind) {
    case 'included': {
      const groups = includeGroupLabels(snapshot);
      return fact('policy', 'ok', 'The TAP policy covers this user', groups.length > 0 ? `Targets ${groups.join(', ')}.` : 'Targets all users.');
    }
    case 'excluded':
      return fact('policy', 'problem', 'Excluded by the TAP policy', `In the excluded group ${groupLabel(snapshot, verdict.groupId ?? '')}.`);
    case 'not-included':
      return fact('policy', 'problem', "Outside the TAP policy's groups", `Not in ${includeGroupLabels(snapshot).join(' or ') || 'a target group'}.`);
    default:
      return fact('policy', 'not-checked', "the TAP policy's groups", "Some of the user's groups could not be read. Reload the card to check again.");
  }
}

function adminFact(input: PreflightInput, blocked: boolean): CardFact {
  const { roles } = input;
  const inRoleGroup = input.inRoleGroup ?? false;
  if (roles === null) {
    return fact('admin-roles', 'not-checked', "the user's admin roles", 'They could not be read, so the stricter identity checks apply.');
  }
  const names = roles.map((r) => r.displayName ?? 'an admin role (name not readable)');
  if (names.length > 0) return fact('admin-roles', blocked ? 'problem' : 'ok', `Holds ${names.join(', ')}`, 'An admin: the stricter identity checks apply.');
  if (inRoleGroup === true) return fact('admin-roles', blocked ? 'problem' : 'ok', 'Privileged through a role-assignable group', 'Member or owner of a group that can hold admin roles: the stricter identity checks apply.');
  if (inRoleGroup !== false) {
    return fact('admin-roles', 'not-checked', "the user's role-assignable groups", 'They could not be read, so the stricter identity checks apply.');
  }
  return fact('admin-roles', 'ok', 'No admin role');
}

/** The roles the user may activate in PIM (issue 17 item 3); null when the caller did not ask. */
function eligibleFact(input: PreflightInput, blocked: boolean): CardFact | null {
  const eligible = input.eligibleRoles;
  if (!eligible) return null;
  if (!eligible.read) {
    const why = {
      forbidden:
        "Your roles may not read other people's eligible roles in PIM (that needs a reader role such as Global Reader). If this user may activate an admin role, a pass would let them; the checks here do not include it.",
      failed: 'They could not be read just now; reload the card. Until then the checks here do not include them.',
      'not-asked': 'This card was read by name, not by object id. Open the user from the search to check them.',
    }[eligible.why];
    return fact('eligible-roles', 'not-checked', 'the roles this user may activate in PIM', why);
  }
  if (eligible.roles.length === 0) return fact('eligible-roles', 'ok', 'Not eligible for any role in PIM');
  const names = eligible.roles.map((r) => r.displayName ?? r.roleTemplateId ?? 'a role').join(', ');
  if (!eligibleForPrivilegedRole(eligible)) {
    return fact('eligible-roles', 'ok', `May activate ${names} in PIM`, 'Roles an Authentication Administrator may still serve.');
  }
  return fact('eligible-roles', blocked ? 'problem' : 'ok', `May activate ${names} in PIM`, 'A pass would let its holder activate it: the stricter identity checks apply.');
}

function yourRoleFact(input: PreflightInput, blocks: readonly PreflightBlock[]): CardFact {
  const block = blocks.find((b) => b.code === 'forbidden' || b.code === 'needs-privileged-role' || b.code === 'outside-admin-unit');
  if (block) return fact('your-role', 'problem', block.message, block.hint);
  const { capability, adminUnitScoped } = input.technician;
  if (capability === 'unknown') {
    return fact('your-role', 'not-checked', 'your roles', 'They could not be read: Microsoft Graph decides when you create the pass. Use "Refresh my roles" to try again.');
  }
  if (adminUnitScoped) {
    return fact('your-role', 'not-checked', 'whether your administrative unit covers this user', 'Your role is limited to administrative units: Microsoft Graph checks that this user is in one when you create the pass.');
  }
  return fact('your-role', 'ok', capability === 'everyone' ? 'Your role covers admins and members' : 'Your role covers this member');
}

/** The user's current pass as read, or that it could not be read. */
export function passFact(tap: TapInfo | null, tapRead: boolean): CardFact {
  if (!tapRead) {
    return fact('current-pass', 'not-checked', 'the current pass (could not be read)', 'A pass you create replaces any pass the user already has.');
  }
  if (!tap) return fact('current-pass', 'ok', 'No Temporary Access Pass yet');
  return isLiveTap(tap)
    ? fact('current-pass', 'ok', 'Has a pass that still works', 'Creating a new one replaces it (you will be asked to confirm).')
    : fact('current-pass', 'ok', 'Has a pass that no longer works', 'Creating a new one replaces it.');
}

export function cardFacts(input: PreflightInput, blocks: readonly PreflightBlock[]): CardFact[] {
  const { user } = input;
  const privilegedBlock = blocks.some((b) => b.code === 'needs-privileged-role');
  return [
    policyFact(input),
    user.accountEnabled ? fact('account', 'ok', 'Account enabled') : fact('account', 'problem', 'Account disabled'),
    isExternalGuest(user)
      ? fact('user-type', 'problem', 'External guest')
      : fact('user-type', 'ok', user.userType === 'Guest' ? 'Internal guest' : 'Member'),
    adminFact(input, privilegedBlock),
    ...[eligibleFact(input, privilegedBlock)].flatMap((f) => (f ? [f] : [])),
    yourRoleFact(input, blocks),
    passFact(input.tap, input.tapRead !== false),
  ];
}
