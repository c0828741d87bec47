/**
 * Pre-flight: everything that would make a mint fail or be wrong, decided from the user card
 * before the form is enabled, each with a plain reason and a next step. Pure: no I/O.
 */
import type { Preflight, PreflightBlock, TapInfo, VerificationTier } from '../../preload/contract';
import { cardFacts, passFact } from './card-facts';
import { lifetimeRange, type PolicyKnowledge } from '../tap-policy/policy';
import { isMemberOf, type GroupAnswers } from '../tap-policy/verdict';
import { block, policyBlocks, roleBlocks } from './preflight-rules';
import { eligibleForPrivilegedRole, holdsAdminRole, type DirectoryRoleRef, type EligibleRoles } from './privilege';
import { isLiveTap } from './tap-info';
import type { TechnicianContext } from './technician';

export interface PreflightUser {
  readonly id: string;
  readonly userPrincipalName: string;
  readonly accountEnabled: boolean;
  readonly userType: 'Member' | 'Guest';
  readonly externalUserState?: string | null;
}

export interface PreflightInput {
  readonly user: PreflightUser;
  readonly tap: TapInfo | null;
  /** False when the TAP could not be read (then `tap: null` means unknown). Default true. */
  readonly tapRead?: boolean;
  readonly technician: TechnicianContext;
  readonly policy: PolicyKnowledge;
  /** The user's directory roles, or null when they could not be read. */
  readonly roles: readonly DirectoryRoleRef[] | null;
  /** Member of a role-assignable group (admin rights through the group); null when unknown. */
  readonly inRoleGroup?: boolean | null;
  /** Which of the checked groups (policy targets, privileged groups) the user is in, and which could not be checked. */
  readonly groups: GroupAnswers;
  /**
   * Graph refused to show this user's methods: for an Authentication Administrator that means a
   * privileged target, or (AU-scoped) a user outside their units.
   */
  readonly methodsReadDenied?: boolean;
  /** Groups the deployment treats as privileged (stricter identity checks). */
  readonly privilegedGroupIds?: readonly string[];
  /** The roles the user may activate in PIM; absent where the caller did not ask (the queue). */
  readonly eligibleRoles?: EligibleRoles;
}

/** An external (B2B) guest: `#EXT#` in the UPN or an invitation state. Internal guests may get a TAP. */
export function isExternalGuest(user: PreflightUser): boolean {
  if (user.userType !== 'Guest') return false;
  return user.userPrincipalName.toUpperCase().includes('#EXT#') || Boolean(user.externalUserState);
}

/**
 * Privileged tier when the user is an admin, in or owning a role-assignable group, or in a
 * privileged group; anything unknown among those counts as privileged.
 */
export function tierOf(
  roles: readonly DirectoryRoleRef[] | null,
  groups: GroupAnswers,
  privilegedGroupIds: readonly string[] = [],
  inRoleGroup: boolean | null = false,
): VerificationTier {
  if (roles === null || holdsAdminRole(roles) || inRoleGroup !== false) return 'privileged';
  return privilegedGroupIds.some((id) => isMemberOf(groups, id) !== false) ? 'privileged' : 'standard';
}

const REPLACES_NOTE =
  'This user already has a pass: creating a new one replaces it (you will be asked to confirm).';

/** Computes the pre-flight verdict for one user card. */
export function preflight(input: PreflightInput): Preflight {
  const notes: string[] = [];
  const blocks: PreflightBlock[] = [];
  const { user, technician } = input;
  if (user.id === technician.id) {
    blocks.push(
      block(
        'self-issuance',
        'This is your own account: you cannot issue yourself a Temporary Access Pass.',
        'Ask a colleague at the service desk to do it.',
      ),
    );
  }
  blocks.push(...roleBlocks(input));
  blocks.push(...policyBlocks(input));
  if (!user.accountEnabled) {
    blocks.push(
      block(
        'account-disabled',
        'This account is disabled: a pass would not let the user sign in.',
        'Check why the account was disabled; enable it first if that is approved.',
      ),
    );
  }
  if (isExternalGuest(user)) {
    blocks.push(
      block(
        'guest-user',
        'This is an external guest: a Temporary Access Pass can only be issued to members and internal guests.',
        "The guest signs in with their home organisation's account; send them to their own service desk.",
      ),
    );
  }
  const replaces = isLiveTap(input.tap);
  if (replaces) notes.push(REPLACES_NOTE);
  return {
    facts: cardFacts(input, blocks),
    lifetime: lifetimeRange(input.policy),
    blocks,
    notes,
    policy: input.policy.kind === 'known' ? input.policy.snapshot.policy : null,
    replaces,
    // Eligible for a privileged role: a pass lets its holder activate it (issue 17 item 3).
    tier: eligibleForPrivilegedRole(input.eligibleRoles)
      ? 'privileged'
      : tierOf(input.roles, input.groups, input.privilegedGroupIds, input.inRoleGroup ?? false),
  };
}

/** The same verdict after the user's pass changed (minted or revoked): only the pass moves. */
export function preflightWithTap(verdict: Preflight, tap: TapInfo | null): Preflight {
  const replaces = isLiveTap(tap);
  const notes = verdict.notes.filter((n) => n !== REPLACES_NOTE);
  const pass = passFact(tap, true);
  return {
    ...verdict,
    facts: verdict.facts.map((f) => (f.id === pass.id ? pass : f)),
    replaces,
    notes: replaces ? [...notes, REPLACES_NOTE] : notes,
  };
}
