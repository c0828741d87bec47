/** Small, readable view data for renderer tests. */
import type {
  LifetimeRange,
  DeskHandoff,
  TapPolicy,
  UserCard,
  UserSummary,
  VerificationConfig,
} from '../../../preload/contract';

export const alice: UserSummary = {
  id: '11111111-1111-1111-1111-111111111111',
  displayName: 'Alice Archer',
  userPrincipalName: 'alice@contoso.example',
  department: 'Finance',
  tags: ['Synced'],
};

export const bob: UserSummary = {
  id: '22222222-2222-2222-2222-222222222222',
  displayName: 'Bob Baker',
  userPrincipalName: 'bob@contoso.example',
  department: 'Sales',
  tags: ['Guest', 'Disabled'],
};

export const policy: TapPolicy = {
  state: 'enabled',
  minimumLifetimeInMinutes: 60,
  maximumLifetimeInMinutes: 480,
  defaultLifetimeInMinutes: 60,
  defaultLength: 8,
  isUsableOnce: false,
};

/** The card's lifetime range for a policy; without one, Entra's documented defaults. */
export function rangeOf(p: TapPolicy | null): LifetimeRange {
  return p
    ? { min: p.minimumLifetimeInMinutes, max: p.maximumLifetimeInMinutes, default: p.defaultLifetimeInMinutes, source: 'policy' }
    : { min: 60, max: 480, default: 60, source: 'documented-default' };
}

export const verification: VerificationConfig = {
  checklists: {
    standard: [
      { id: 'photo-id', label: 'Photo ID checked against the person' },
      { id: 'employee-record', label: 'Matches employee record' },
    ],
    privileged: [
      { id: 'photo-id', label: 'Photo ID checked against the person' },
      { id: 'second-tech', label: 'Second technician present' },
    ],
  },
  methods: ['In person', 'Video call with manager'],
  ticketPattern: 'INC\\d{6}',
  ticketExample: 'INC012345',
};

export function card(overrides: Partial<UserCard['preflight']> = {}): UserCard {
  return {
    user: {
      ...alice,
      accountEnabled: true,
      userType: 'Member',
      onPremisesSyncEnabled: true,
      jobTitle: 'Accountant',
      employeeId: 'E1001',
      createdDateTime: '2024-01-02T10:00:00Z',
      isAdmin: false,
      manager: { displayName: 'Megan Bowen', jobTitle: 'Marketing Manager' },
    },
    methods: [{ kind: 'microsoftAuthenticator', label: 'Microsoft Authenticator' }],
    tap: null,
    tapRead: true,
    preflight: {
      facts: [{ id: 'policy', state: 'ok', label: 'The TAP policy covers this user' }],
      lifetime: rangeOf(policy),
      blocks: [],
      notes: [],
      policy,
      replaces: false,
      tier: 'standard',
      ...overrides,
    },
    graphRequests: 1,
  };
}

export const canaryPass = 'Xy7#kL0O1lIq';

export function handoff(overrides: Partial<DeskHandoff> = {}): DeskHandoff {
  const now = Date.now();
  return {
    shownOn: 'this-screen',
    handoffId: '3f2b8a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
    pass: canaryPass,
    phonetic: [
      'X-ray',
      'yankee',
      'Seven',
      'Hash',
      'kilo',
      'lima',
      'Zero',
      'Oscar',
      'One',
      'lima',
      'India',
      'quebec',
    ],
    userPrincipalName: alice.userPrincipalName,
    userDisplayName: alice.displayName,
    tap: {
      id: 'tap-1',
      createdDateTime: new Date(now).toISOString(),
      startDateTime: new Date(now).toISOString(),
      expiresDateTime: new Date(now + 3_600_000).toISOString(),
      lifetimeInMinutes: 60,
      isUsableOnce: false,
      isUsable: true,
      state: 'EnabledByPolicy',
    },
    replaced: false,
    hideAt: new Date(now + 60_000).toISOString(),
    showQr: true,
    contentProtected: true,
    captureProtection: 'on',
    copyAllowed: true,
    ...overrides,
  };
}
