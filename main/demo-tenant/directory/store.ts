import { buildPrefixIndex, tokenize, type PrefixIndex } from './prefix-index';
import type { AdministrativeUnit, DirectoryGroup, DirectoryUser, TapPolicyConfig, TenantInfo } from './types';

/** String properties that can be looked up by prefix or equality through an index. */
export const indexedProperties = [
  'displayName',
  'givenName',
  'surname',
  'userPrincipalName',
  'mail',
  'employeeId',
  'jobTitle',
  'department',
] as const;
export type IndexedProperty = (typeof indexedProperties)[number];

/** The tenant's mutable state: users (with their TAPs), groups, AUs and the TAP policy. */
export interface Directory {
  readonly tenant: TenantInfo;
  readonly users: readonly DirectoryUser[];
  readonly groups: ReadonlyMap<string, DirectoryGroup>;
  readonly administrativeUnits: ReadonlyMap<string, AdministrativeUnit>;
  readonly roleAssignableGroupIds: ReadonlySet<string>;
  /** Users who own a role-assignable group: privileged targets as much as its members. */
  readonly roleAssignableOwnerIds: ReadonlySet<string>;
  policy: TapPolicyConfig;
  /** By object id or UPN, case-insensitive; the caller decodes percent-encoding. */
  find(idOrUpn: string): DirectoryUser | undefined;
  index(property: IndexedProperty): PrefixIndex;
  /** Index over the words of displayName, for `$search` tokenized matching. */
  displayNameTokens(): PrefixIndex;
  rowOf(user: DirectoryUser): number;
}

export function createDirectory(
  tenant: TenantInfo,
  users: readonly DirectoryUser[],
  groups: readonly DirectoryGroup[],
  units: readonly AdministrativeUnit[],
  policy: TapPolicyConfig,
): Directory {
  const byKey = new Map<string, number>();
  users.forEach((user, row) => {
    byKey.set(user.id.toLowerCase(), row);
    byKey.set(user.userPrincipalName.toLowerCase(), row);
  });
  // Indexes are built on first use: a 100,000-user tenant starts fast and pays only for what it queries.
  const indexes = new Map<string, PrefixIndex>();
  const lazy = (name: string, build: () => PrefixIndex): PrefixIndex => {
    let index = indexes.get(name);
    if (!index) {
      index = build();
      indexes.set(name, index);
    }
    return index;
  };

  return {
    tenant,
    users,
    groups: new Map(groups.map((g) => [g.id, g])),
    administrativeUnits: new Map(units.map((u) => [u.id, u])),
    roleAssignableGroupIds: new Set(groups.filter((g) => g.isAssignableToRole).map((g) => g.id)),
    roleAssignableOwnerIds: new Set(groups.filter((g) => g.isAssignableToRole).flatMap((g) => g.ownerIds)),
    policy,
    find(idOrUpn) {
      const row = byKey.get(idOrUpn.toLowerCase());
      return row === undefined ? undefined : users[row];
    },
    index: (property) =>
      lazy(property, () =>
        buildPrefixIndex(
          (function* () {
            for (let row = 0; row < users.length; row++) {
              const value = users[row]?.[property];
              if (typeof value === 'string') yield [value.toLowerCase(), row] as const;
            }
          })(),
        ),
      ),
    displayNameTokens: () =>
      lazy('#tokens', () =>
        buildPrefixIndex(
          (function* () {
            for (let row = 0; row < users.length; row++) {
              for (const token of tokenize(users[row]?.displayName ?? '')) yield [token, row] as const;
            }
          })(),
        ),
      ),
    rowOf: (user) => byKey.get(user.id.toLowerCase()) ?? -1,
  };
}
