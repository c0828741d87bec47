import { z } from 'zod';
import { roleNames } from './roles';
import type { RoleName } from './types';

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u, 'lower-case GUID');
const role = z.enum(roleNames as [RoleName, ...RoleName[]]);

const method = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fido2'), displayName: z.string(), model: z.string(), aaGuid: z.string() }),
  z.object({
    type: z.literal('microsoftAuthenticator'),
    displayName: z.string(),
    deviceTag: z.string(),
    phoneAppVersion: z.string(),
  }),
  z.object({ type: z.literal('phone'), phoneNumber: z.string(), phoneType: z.enum(['mobile', 'alternateMobile', 'office']) }),
  z.object({
    type: z.literal('windowsHelloForBusiness'),
    displayName: z.string(),
    keyStrength: z.enum(['normal', 'weak', 'unknown']),
  }),
  z.object({ type: z.literal('email'), emailAddress: z.string() }),
  z.object({ type: z.literal('softwareOath') }),
]);

const target = z.object({
  targetType: z.enum(['group', 'user']),
  /** A group displayName from `groups`, or `all_users`. */
  group: z.string(),
  isRegistrationRequired: z.boolean().optional(),
});

export const seedUserSchema = z.object({
  id: guid,
  displayName: z.string().min(1),
  givenName: z.string().nullable().default(null),
  surname: z.string().nullable().default(null),
  userPrincipalName: z.string().includes('@'),
  mail: z.string().nullable().default(null),
  jobTitle: z.string().nullable().default(null),
  department: z.string().nullable().default(null),
  employeeId: z.string().nullable().default(null),
  officeLocation: z.string().nullable().default(null),
  businessPhones: z.array(z.string()).default([]),
  mobilePhone: z.string().nullable().default(null),
  preferredLanguage: z.string().nullable().default('en-US'),
  accountEnabled: z.boolean().default(true),
  userType: z.enum(['Member', 'Guest']).default('Member'),
  onPremisesSyncEnabled: z.boolean().nullable().default(null),
  createdDateTime: z.string().default('2023-01-01T00:00:00Z'),
  roles: z.array(z.object({ role, administrativeUnit: z.string().optional() })).default([]),
  /** Group displayNames. */
  groups: z.array(z.string()).default([]),
  methods: z.array(method).default([]),
  /** The manager's UPN. */
  manager: z.string().optional(),
  /** False: no profile photo uploaded. */
  photo: z.boolean().default(true),
  /** A TAP that exists when the tenant starts, placed relative to the tenant clock. */
  tap: z
    .object({
      createdMinutesAgo: z.number(),
      startMinutesAgo: z.number(),
      lifetimeInMinutes: z.number().int(),
      isUsableOnce: z.boolean(),
    })
    .optional(),
  technician: z.string().optional(),
});

export const seedSchema = z.object({
  tenant: z.object({
    tenantId: guid,
    clientId: guid,
    displayName: z.string(),
    domain: z.string(),
    redirectUris: z.array(z.string()).default(['http://localhost']),
    consentedScopes: z.array(z.string()),
  }),
  tapPolicy: z.object({
    state: z.enum(['enabled', 'disabled']),
    defaultLifetimeInMinutes: z.number().int(),
    minimumLifetimeInMinutes: z.number().int(),
    maximumLifetimeInMinutes: z.number().int(),
    defaultLength: z.number().int().min(8).max(48),
    isUsableOnce: z.boolean(),
    includeTargets: z.array(target),
    excludeTargets: z.array(target),
  }),
  groups: z.array(
    z.object({
      id: guid,
      displayName: z.string(),
      description: z.string(),
      isAssignableToRole: z.boolean(),
      /** Roles assigned to the group (it must be role-assignable); members inherit them. */
      roles: z.array(z.object({ role, administrativeUnit: z.string().optional() })).default([]),
      /** Owner UPNs. */
      owners: z.array(z.string()).default([]),
    }),
  ),
  administrativeUnits: z.array(
    z.object({ id: guid, displayName: z.string(), description: z.string(), members: z.array(z.string()) }),
  ),
  users: z.array(seedUserSchema).min(1),
});

export type Seed = z.infer<typeof seedSchema>;
export type SeedUser = z.infer<typeof seedUserSchema>;
