/** The in-memory directory model the emulator serves. Shapes follow Graph property names. */

/** A built-in Entra role, by display name (template ids live in roles.ts). */
export type RoleName =
  | 'Global Administrator'
  | 'Privileged Authentication Administrator'
  | 'Authentication Administrator'
  | 'Authentication Policy Administrator'
  | 'Global Reader'
  | 'User Administrator'
  | 'Helpdesk Administrator'
  | 'Password Administrator'
  | 'Directory Readers'
  | 'Reports Reader'
  | 'Privileged Role Administrator';

/** A role assignment; `administrativeUnitId` scopes it to one AU (tenant-wide otherwise). */
export interface RoleAssignment {
  readonly role: RoleName;
  readonly administrativeUnitId?: string;
  /** Set when the role is held through a role-assignable group: the assignment's principal is that group. */
  readonly viaGroupId?: string;
}

/** Registered authentication methods other than password and TAP (those are derived). */
export type SeedMethod =
  | { readonly type: 'fido2'; readonly displayName: string; readonly model: string; readonly aaGuid: string }
  | { readonly type: 'microsoftAuthenticator'; readonly displayName: string; readonly deviceTag: string; readonly phoneAppVersion: string }
  | { readonly type: 'phone'; readonly phoneNumber: string; readonly phoneType: 'mobile' | 'alternateMobile' | 'office' }
  | { readonly type: 'windowsHelloForBusiness'; readonly displayName: string; readonly keyStrength: 'normal' | 'weak' | 'unknown' }
  | { readonly type: 'email'; readonly emailAddress: string }
  | { readonly type: 'softwareOath' };

/** A method as stored: seeded ones date from the account's creation, registered ones carry their time. */
export type RegisteredMethod = SeedMethod & { readonly registeredAt?: number };

/** A stored TAP. The pass value is deliberately NOT part of the record: it is never kept. */
export interface TapRecord {
  readonly id: string;
  readonly createdDateTime: number;
  readonly startDateTime: number;
  readonly lifetimeInMinutes: number;
  readonly isUsableOnce: boolean;
  /** Set when a one-time pass was used to sign in (tests flip it through `markTapUsed`). */
  used: boolean;
}

export interface DirectoryUser {
  readonly id: string;
  readonly displayName: string;
  readonly givenName: string | null;
  readonly surname: string | null;
  readonly userPrincipalName: string;
  readonly mail: string | null;
  readonly jobTitle: string | null;
  readonly department: string | null;
  readonly employeeId: string | null;
  readonly officeLocation: string | null;
  readonly businessPhones: readonly string[];
  readonly mobilePhone: string | null;
  readonly preferredLanguage: string | null;
  /** Changes when an admin disables or enables the account (`setAccountEnabled`). */
  accountEnabled: boolean;
  readonly userType: 'Member' | 'Guest';
  readonly onPremisesSyncEnabled: boolean | null;
  readonly createdDateTime: string;
  /** Held directly or through a role-assignable group; changes when a role is activated (PIM). */
  roles: readonly RoleAssignment[];
  readonly groupIds: readonly string[];
  /** Grows when the demo person registers a method (`playPerson`). */
  methods: readonly RegisteredMethod[];
  /** The user's manager (object id), or null. */
  readonly managerId: string | null;
  /** Whether a profile photo was uploaded (else Graph answers 404 ImageNotFound). */
  readonly hasPhoto: boolean;
  tap: TapRecord | null;
  /** Present on seeded technicians: a one-line note for demo mode's sign-in picker. */
  readonly technicianDescription?: string;
}

export interface DirectoryGroup {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly isAssignableToRole: boolean;
  /** Roles assigned to the group itself (role-assignable groups only); members inherit them. */
  readonly roles: readonly RoleAssignment[];
  readonly ownerIds: readonly string[];
}

export interface AdministrativeUnit {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly memberIds: ReadonlySet<string>;
}

/** `authenticationMethodTarget` / `excludeTarget` as the policy resource spells them. */
export interface PolicyTarget {
  readonly targetType: 'group' | 'user';
  readonly id: string;
  readonly isRegistrationRequired?: boolean;
}

/** The tenant's TAP policy (A.3), mutable through `setTapPolicy`. */
export interface TapPolicyConfig {
  state: 'enabled' | 'disabled';
  defaultLifetimeInMinutes: number;
  minimumLifetimeInMinutes: number;
  maximumLifetimeInMinutes: number;
  defaultLength: number;
  isUsableOnce: boolean;
  includeTargets: PolicyTarget[];
  excludeTargets: PolicyTarget[];
}

export interface TenantInfo {
  readonly tenantId: string;
  readonly clientId: string;
  readonly displayName: string;
  readonly domain: string;
  /** Redirect URIs registered for the public client; loopback ones match on scheme, host and path, any port. */
  readonly redirectUris: readonly string[];
  /** Delegated Graph permissions the app registration has admin consent for (`.default`). */
  readonly consentedScopes: readonly string[];
}
