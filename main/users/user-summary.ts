/** Graph user JSON → the contract's UserSummary with its tags. */
import type { UserSummary, UserTag } from '../../preload/contract';

/** The user fields the app selects (see USER_SELECT). */
export interface GraphUser {
  readonly id: string;
  readonly displayName?: string | null;
  readonly userPrincipalName?: string | null;
  readonly mail?: string | null;
  readonly accountEnabled?: boolean | null;
  readonly employeeId?: string | null;
  readonly jobTitle?: string | null;
  readonly department?: string | null;
  readonly onPremisesSyncEnabled?: boolean | null;
  readonly userType?: string | null;
  readonly createdDateTime?: string | null;
  readonly externalUserState?: string | null;
  readonly officeLocation?: string | null;
}

/** Tags shown next to a user. `isAdmin` is only known on the card (null in search results). */
export function tagsOf(user: GraphUser, isAdmin: boolean | null = null): UserTag[] {
  const tags: UserTag[] = [];
  if (user.userType === 'Guest') tags.push('Guest');
  if (user.accountEnabled === false) tags.push('Disabled');
  if (user.onPremisesSyncEnabled === true) tags.push('Synced');
  if (isAdmin === true) tags.push('Admin');
  return tags;
}

export function toUserSummary(user: GraphUser, isAdmin: boolean | null = null): UserSummary {
  const optional = (key: 'mail' | 'department' | 'jobTitle' | 'employeeId'): Partial<UserSummary> => {
    const value = user[key];
    return typeof value === 'string' && value !== '' ? { [key]: value } : {};
  };
  return {
    id: user.id,
    displayName: user.displayName ?? user.userPrincipalName ?? user.id,
    userPrincipalName: user.userPrincipalName ?? '',
    ...optional('mail'),
    ...optional('department'),
    ...optional('jobTitle'),
    ...optional('employeeId'),
    tags: tagsOf(user, isAdmin),
  };
}
