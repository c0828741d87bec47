/**
 * The `$batch` reply → the user card and the facts a mint needs. Only the user part is
 * essential; any other part that failed (403 for a Global Reader, say) leaves its section
 * empty with a note instead of failing the card.
 */
import type { UserCard } from '../../preload/contract';
import type { BatchPart } from '../graph/batch';
import { problemFromParts } from '../graph/graph-problem';
import { translateProblem } from '../graph/translate-problem';
import type { CardFacts } from '../tap/card-source';
import { parsePolicy, type PolicyKnowledge } from '../tap/policy';
import { preflight } from '../tap/preflight';
import { holdsAdminRole, needsPrivilegedAuthAdmin, toMembership, type Membership } from '../tap/privilege';
import { toTapInfo, type GraphTap } from '../tap/tap-info';
import type { TechnicianContext } from '../tap/technician';
import { toMethodSummaries } from './auth-methods';
import { toUserSummary, type GraphUser } from './user-summary';

export interface CardInput {
  readonly parts: ReadonlyMap<string, BatchPart>;
  readonly attempts: number;
  /** The cached policy; replaced by the batch's policy part when the batch carried one. */
  readonly policy: PolicyKnowledge;
  readonly technician: TechnicianContext;
  readonly privilegedGroupIds?: readonly string[];
  readonly now: number;
}

function ok(part: BatchPart | undefined): part is BatchPart {
  return part !== undefined && part.status >= 200 && part.status < 300;
}

function failed(part: BatchPart | undefined): boolean {
  return !ok(part);
}

function valueList(part: BatchPart): Record<string, unknown>[] {
  const value = (part.body as { value?: unknown } | null)?.value;
  return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
}

function memberships(part: BatchPart | undefined): Membership[] | null {
  // A further page means the list is incomplete: better "unknown" than a wrong verdict.
  if (!ok(part) || (part.body as Record<string, unknown> | null)?.['@odata.nextLink']) return null;
  return valueList(part).flatMap((entry) => toMembership(entry) ?? []);
}

function policyOf(part: BatchPart | undefined, cached: PolicyKnowledge): PolicyKnowledge {
  if (part === undefined) return cached;
  if (!failed(part)) return { kind: 'known', snapshot: parsePolicy(part.body) };
  return part.status === 403 ? { kind: 'unreadable' } : { kind: 'unknown' };
}

/** Builds the card; throws the translated failure when the user part itself failed. */
export function parseCard(input: CardInput): CardFacts {
  const userPart = input.parts.get('user');
  if (userPart === undefined || failed(userPart)) {
    const problem = userPart
      ? problemFromParts(userPart.status, userPart.headers, userPart.body)
      : { status: 502, code: null, message: 'The batch reply had no user part.' };
    throw translateProblem(problem, { operation: 'card', technician: input.technician });
  }
  const user = userPart.body as GraphUser;
  const groups = memberships(input.parts.get('memberOf'));
  const tapPart = input.parts.get('tap');
  const methodsPart = input.parts.get('methods');
  const tapRecord = ok(tapPart) ? (valueList(tapPart)[0] as GraphTap | undefined) : undefined;
  const tap = tapRecord ? toTapInfo(tapRecord) : null;
  const policy = policyOf(input.parts.get('policy'), input.policy);
  const isAdmin = groups === null ? null : holdsAdminRole(groups);
  const userType = user.userType === 'Guest' ? 'Guest' : 'Member';
  const verdict = preflight({
    user: {
      id: user.id,
      userPrincipalName: user.userPrincipalName ?? '',
      accountEnabled: user.accountEnabled !== false,
      userType,
      externalUserState: user.externalUserState ?? null,
    },
    tap,
    technician: input.technician,
    policy,
    memberships: groups,
    ...(input.privilegedGroupIds ? { privilegedGroupIds: input.privilegedGroupIds } : {}),
  });
  const notes = [...verdict.notes];
  if (!ok(tapPart)) notes.unshift("The user's current pass could not be read with your roles.");
  const card: UserCard = {
    user: {
      ...toUserSummary(user, isAdmin),
      accountEnabled: user.accountEnabled !== false,
      userType,
      onPremisesSyncEnabled: user.onPremisesSyncEnabled === true,
      ...(user.jobTitle ? { jobTitle: user.jobTitle } : {}),
      ...(user.createdDateTime ? { createdDateTime: user.createdDateTime } : {}),
      isAdmin,
    },
    methods: ok(methodsPart) ? toMethodSummaries(valueList(methodsPart)) : null,
    tap,
    preflight: { ...verdict, notes },
    graphRequests: input.attempts,
  };
  return {
    card,
    targetPrivileged: groups === null ? null : needsPrivilegedAuthAdmin(groups),
    policy,
    loadedAt: input.now,
  };
}
