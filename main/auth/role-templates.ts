/**
 * Built-in Entra roles the app names or reasons about, by template id (the same in every tenant;
 * built-in role definitions use it as their id) and display name. Each module picks the roles its
 * rule is about from here; the ids are written nowhere else in the app.
 */

export interface RoleTemplate {
  /** Lower-case, as the app compares ids. */
  readonly id: string;
  readonly name: string;
}

export const roleTemplates = {
  globalAdministrator: { id: '62e90394-69f5-4237-9190-012177145e10', name: 'Global Administrator' },
  privilegedAuthenticationAdministrator: {
    id: '7be44c8a-adaf-4e2a-84d6-ab2649e08a13',
    name: 'Privileged Authentication Administrator',
  },
  authenticationAdministrator: {
    id: 'c4e39bd9-1100-46d3-8c65-fb160da0071f',
    name: 'Authentication Administrator',
  },
  authenticationPolicyAdministrator: {
    id: '0526716b-113d-4c15-b2c8-68e3c22b9f80',
    name: 'Authentication Policy Administrator',
  },
  globalReader: { id: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451', name: 'Global Reader' },
  userAdministrator: { id: 'fe930be7-5e62-47db-91af-98c3a49a38b1', name: 'User Administrator' },
  helpdeskAdministrator: {
    id: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
    name: 'Helpdesk Administrator',
  },
  passwordAdministrator: {
    id: '966707d0-3269-4727-9be2-8c3a10f19b9d',
    name: 'Password Administrator',
  },
  directoryReaders: { id: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', name: 'Directory Readers' },
  reportsReader: { id: '4a5d8f65-41da-4de4-8968-e035b65339cf', name: 'Reports Reader' },
  privilegedRoleAdministrator: {
    id: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
    name: 'Privileged Role Administrator',
  },
  guestInviter: { id: '95e79109-95c0-4d8e-aee3-d01accf2d47b', name: 'Guest Inviter' },
  messageCenterReader: {
    id: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b',
    name: 'Message Center Reader',
  },
  usageSummaryReportsReader: {
    id: '75934031-6c7e-415a-99d7-48dbd49e875e',
    name: 'Usage Summary Reports Reader',
  },
} as const satisfies Record<string, RoleTemplate>;

/** Display names by template id, for the given roles only. */
export function namesById(roles: readonly RoleTemplate[]): Readonly<Record<string, string>> {
  return Object.fromEntries(roles.map((role) => [role.id, role.name]));
}

/** The given roles' template ids. */
export function idsOf(roles: readonly RoleTemplate[]): ReadonlySet<string> {
  return new Set(roles.map((role) => role.id));
}
