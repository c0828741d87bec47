/**
 * The `$batch` reply → the user card and the facts a mint needs. Only the user part is
 * essential; any other part that failed (403 for a Global Reader, say) leaves its section empty
 * with a note instead of failing the card.
 */
import type { UserCard } from '../../preload/contract';
import { partSucceeded, type BatchPart } from '../graph/batch';
import { problemFromParts } from '../graph/graph-problem';
import { translateProblem } from '../graph/translate-problem';
import type { CardFacts } from '../tap/card-source';
import type { PolicyKnowledge } from '../tap-policy/policy';
import { preflight } from '../tap/preflight';
import {
  eligibleForPrivilegedRole,
  holdsAdminRole,
  needsPrivilegedAuthAdmin,
  toRoleRef,
  type DirectoryRoleRef,
} from '../tap/privilege';
import type { GroupAnswers } from '../tap-policy/verdict';
import { toTapInfo, type GraphTap } from '../tap/tap-info';
import type { TechnicianContext } from '../tap/technician';
import { toMethodSummaries } from './auth-methods';
import { managerOf, photoOf } from './card-profile';
import { eligibleRolesOf } from './eligible-roles';

function photoPart(part: BatchPart | undefined): { photo?: NonNullable<UserCard['user']['photo']> } {
  const photo = photoOf(part);
  return photo ? { photo } : {};
}
import { toUserSummary, type GraphUser } from './user-summary';

export interface CardInput {
  readonly parts: ReadonlyMap<string, BatchPart>;
  /** The group ids each checkMemberGroups part asked about, by part id. */
  readonly groupChunks: ReadonlyMap<string, readonly string[]>;
  readonly attempts: number;
  readonly policy: PolicyKnowledge;
  readonly technician: TechnicianContext;
  readonly privilegedGroupIds?: readonly string[];
  readonly now: number;
}

function valueList(part: BatchPart | undefined): unknown[] {
  const value = (part?.body as { value?: unknown } | null | undefined)?.value;
  return Array.isArray(value) ? value : [];
}

function rolesOf(part: BatchPart | undefined): DirectoryRoleRef[] | null {
  if (!partSucceeded(part)) return null;
  return valueList(part).flatMap((entry) =>
    typeof entry === 'object' && entry ? (toRoleRef(entry as Record<string, unknown>) ?? []) : [],
  );
}

/**
 * Whether the user is a member (transitively) or an owner of a role-assignable group; null when
 * Graph would not say and nothing else already made them privileged.
 */
function inRoleGroupOf(member: BatchPart | undefined, owned: BatchPart | undefined): boolean | null {
  const isMember = partSucceeded(member) ? valueList(member).length > 0 : null;
  const isOwner = partSucceeded(owned)
    ? valueList(owned).some((g) => (g as { isAssignableToRole?: unknown } | null)?.isAssignableToRole === true)
    : null;
  if (isMember === true || isOwner === true) return true;
  return isMember === null || isOwner === null ? null : false;
}

/**
 * The checkMemberGroups parts: the checked ids the user belongs to, and the ids whose part
 * failed (unknown, never "not a member").
 */
function groupsOf(parts: ReadonlyMap<string, BatchPart>, chunks: ReadonlyMap<string, readonly string[]>): GroupAnswers {
  const member = new Set<string>();
  const unchecked = new Set<string>();
  for (const [id, asked] of chunks) {
    const part = parts.get(id);
    if (!partSucceeded(part)) {
      for (const group of asked) unchecked.add(group.toLowerCase());
      continue;
    }
    for (const group of valueList(part)) if (typeof group === 'string') member.add(group.toLowerCase());
  }
  return { member, unchecked };
}

/** Builds the card; throws the translated failure when the user part itself failed. */
export function parseCard(input: CardInput): CardFacts {
  const userPart = input.parts.get('user');
  if (userPart === undefined || !partSucceeded(userPart)) {
    const problem = userPart
      ? problemFromParts(userPart.status, userPart.headers, userPart.body)
      : { status: 502, code: null, message: 'The batch reply had no user part.' };
    throw translateProblem(problem, { operation: 'card', technician: input.technician });
  }
  const user = userPart.body as GraphUser;
  const roles = rolesOf(input.parts.get('roles'));
  const tapPart = input.parts.get('tap');
  const methodsPart = input.parts.get('methods');
  const tapRecord = partSucceeded(tapPart)
    ? (valueList(tapPart)[0] as GraphTap | undefined)
    : undefined;
  const tap = tapRecord ? toTapInfo(tapRecord) : null;
  const inRoleGroup = inRoleGroupOf(input.parts.get('roleGroups'), input.parts.get('ownedGroups'));
  const eligibleRoles = eligibleRolesOf(input.parts.get('eligibleRoles'));
  const isAdmin = roles === null ? null : holdsAdminRole(roles) || inRoleGroup === true;
  const userType = user.userType === 'Guest' ? 'Guest' : 'Member';
  const tapRead = partSucceeded(tapPart);
  const verdict = preflight({
    user: {
      id: user.id,
      userPrincipalName: user.userPrincipalName ?? '',
      accountEnabled: user.accountEnabled !== false,
      userType,
      externalUserState: user.externalUserState ?? null,
    },
    tap,
    tapRead,
    technician: input.technician,
    policy: input.policy,
    roles,
    inRoleGroup,
    groups: groupsOf(input.parts, input.groupChunks),
    methodsReadDenied: methodsPart?.status === 403 || tapPart?.status === 403,
    eligibleRoles,
    ...(input.privilegedGroupIds ? { privilegedGroupIds: input.privilegedGroupIds } : {}),
  });
  const card: UserCard = {
    user: {
      ...toUserSummary(user, isAdmin),
      accountEnabled: user.accountEnabled !== false,
      userType,
      onPremisesSyncEnabled: user.onPremisesSyncEnabled === true,
      ...(user.jobTitle ? { jobTitle: user.jobTitle } : {}),
      ...(user.createdDateTime ? { createdDateTime: user.createdDateTime } : {}),
      isAdmin,
      ...(user.officeLocation ? { officeLocation: user.officeLocation } : {}),
      manager: managerOf(input.parts.get('manager')),
      ...(roles === null ? {} : { adminRoles: roles.map((r) => r.displayName ?? 'An admin role (name not readable)') }),
      ...photoPart(input.parts.get('photo')),
    },
    methods: partSucceeded(methodsPart)
      ? toMethodSummaries(valueList(methodsPart) as Record<string, unknown>[])
      : null,
    tap,
    tapRead,
    preflight: verdict,
    graphRequests: input.attempts,
  };
  return {
    card,
    targetPrivileged:
      inRoleGroup === true || eligibleForPrivilegedRole(eligibleRoles)
        ? true
        : roles === null
          ? null
          : needsPrivilegedAuthAdmin(roles),
    policy: input.policy,
    loadedAt: input.now,
  };
}
