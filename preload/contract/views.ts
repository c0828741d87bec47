/**
 * The shapes main sends the renderer: sessions, cards, the pass, the journal, the queue. Zod-free,
 * so a renderer module can import them without bundling the schema library.
 */
import type { AuditAction } from './audit-actions';
import type { CustomerDisplayHandoff } from './customer-display';
import type { AppError, ErrorCode } from './errors';

export const clouds = ['Public', 'USGov', 'USGovDoD', 'China'] as const;
export type Cloud = (typeof clouds)[number];

export type AppMode = 'unconfigured' | 'demo' | 'tenant';

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly mode: AppMode;
  readonly tenantId?: string;
  readonly cloud?: Cloud;
  /** Where the token cache lives: encrypted on disk, or memory only (no OS encryption). */
  readonly tokenCache: 'encrypted' | 'memory-only';
  /** Demo mode only: the seeded technicians a trainee may sign in as, one per role. */
  readonly demoTechnicians?: readonly DemoTechnician[];
}

export interface DemoTechnician {
  readonly upn: string;
  readonly displayName: string;
  readonly roles: readonly string[];
  readonly description: string;
}

export interface Technician {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly tenantId: string;
  /** Roles the app could read; `undefined` when it could not read them. */
  readonly roles?: readonly string[];
  /** What those roles allow, in one line ("members only", "everyone", "read only"). */
  readonly capability: 'everyone' | 'members' | 'read-only' | 'none' | 'unknown';
  /** True when the roles that allow issuing passes are all scoped to administrative units. */
  readonly adminUnitScoped?: boolean;
  /** Roles the technician may activate in PIM, and their state; absent when not read. */
  readonly pim?: PimView;
}

/** A role's PIM activation rules: from its policy, learned from a refusal, or unknown. */
export interface PimRules {
  readonly maxMinutes: number;
  readonly justification: boolean;
  readonly ticket: boolean;
  readonly approval: boolean;
  readonly mfa: boolean;
  readonly authContext: boolean;
  readonly source: 'policy' | 'learned' | 'unknown';
}

export interface PimRole {
  /** `{roleTemplateId}|{directoryScopeId}`. */
  readonly key: string;
  readonly roleTemplateId: string;
  readonly roleName: string;
  readonly scopeId: string;
  readonly scopeName: string;
  readonly state: 'eligible' | 'activating' | 'pending-approval' | 'active';
  readonly activeSince?: string;
  readonly activeUntil?: string;
  readonly rules: PimRules;
}

export type PimView =
  | { readonly state: 'available'; readonly roles: readonly PimRole[] }
  | { readonly state: 'unavailable'; readonly reason: string };

/** Where an activation stands, pushed by main while it waits. */
export interface PimProgress {
  readonly roleKey: string;
  readonly state: 'signing-in-again' | 'activating' | 'pending-approval' | 'active' | 'denied' | 'failed' | 'deactivated';
  readonly message: string;
}

export type Session =
  | { readonly state: 'signed-out' }
  | { readonly state: 'signing-in'; readonly deviceCode?: DeviceCodePrompt }
  | { readonly state: 'signed-in'; readonly technician: Technician };

export interface DeviceCodePrompt {
  readonly userCode: string;
  readonly verificationUri: string;
  readonly message: string;
  readonly expiresAt: string;
}

export type UserTag = 'Guest' | 'Disabled' | 'Synced' | 'Admin';

export interface UserSummary {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly mail?: string;
  readonly department?: string;
  /** Shown in search results so two people with the same name and department differ. */
  readonly jobTitle?: string;
  readonly employeeId?: string;
  readonly tags: readonly UserTag[];
}

export type TapState = 'EnabledByPolicy' | 'DisabledByPolicy' | 'Expired' | 'NotYetValid' | 'OneTimeUsed';

export interface TapInfo {
  readonly id: string;
  readonly createdDateTime: string;
  readonly startDateTime: string;
  readonly expiresDateTime: string;
  readonly lifetimeInMinutes: number;
  readonly isUsableOnce: boolean;
  readonly isUsable: boolean;
  readonly state: TapState;
}

export interface AuthMethodSummary {
  /** Stable kind, e.g. `fido2`, `microsoftAuthenticator`, `phone`. */
  readonly kind: string;
  /** Friendly name for a technician ("FIDO2 security key"). */
  readonly label: string;
  readonly detail?: string;
}

export interface TapPolicy {
  readonly state: 'enabled' | 'disabled';
  readonly minimumLifetimeInMinutes: number;
  readonly maximumLifetimeInMinutes: number;
  readonly defaultLifetimeInMinutes: number;
  readonly defaultLength: number;
  readonly isUsableOnce: boolean;
}

export interface PreflightBlock {
  readonly code: ErrorCode;
  readonly message: string;
  readonly hint: string;
}

/** One fact on the card: checked and fine, checked and a problem, or not checked (and why). */
export interface CardFact {
  readonly id: 'policy' | 'account' | 'user-type' | 'admin-roles' | 'eligible-roles' | 'your-role' | 'current-pass';
  readonly state: 'ok' | 'problem' | 'not-checked';
  /** What was found, in a few words ("The TAP policy covers this user"). */
  readonly label: string;
  /** Why it is so, and for "not checked" what that means for the technician. */
  readonly detail?: string;
}

/** The lifetime range the form offers, and where it comes from. */
export interface LifetimeRange {
  readonly min: number;
  readonly max: number;
  readonly default: number;
  /** The tenant policy; learned from Graph's refusal; or Entra's documented defaults when neither is known. */
  readonly source: 'policy' | 'learned' | 'documented-default';
}

export interface Preflight {
  /** Every fact the card states, each checked or explicitly not checked. */
  readonly facts: readonly CardFact[];
  /** The lifetimes the form may offer. */
  readonly lifetime: LifetimeRange;
  /** Reasons the form must stay disabled. Empty means the technician may mint. */
  readonly blocks: readonly PreflightBlock[];
  /** Things to know that do not block (policy unreadable, server will validate). */
  readonly notes: readonly string[];
  /** The policy as read, or null when the technician may not read it. */
  readonly policy: TapPolicy | null;
  /** A usable TAP exists: minting replaces it, after confirmation. */
  readonly replaces: boolean;
  readonly tier: VerificationTier;
}

export interface UserCard {
  readonly user: UserSummary & {
    readonly accountEnabled: boolean;
    readonly userType: 'Member' | 'Guest';
    readonly onPremisesSyncEnabled: boolean;
    readonly jobTitle?: string;
    readonly createdDateTime?: string;
    readonly isAdmin: boolean | null;
    readonly officeLocation?: string;
    /** From the employee record, for the identity check: 'none' when Graph says there is none, 'unknown' when it could not be read. */
    readonly manager: { readonly displayName: string; readonly jobTitle?: string } | 'none' | 'unknown';
    /** The exact admin role names held (empty: none; undefined: could not be read). */
    readonly adminRoles?: readonly string[];
    /** A small profile photo (48×48) for the photo-ID check, held in memory only, never cached to disk. */
    readonly photo?: { readonly contentType: string; readonly base64: string };
  };
  readonly methods: readonly AuthMethodSummary[] | null;
  readonly tap: TapInfo | null;
  /** False when the user's pass could not be read: `tap: null` then means "unknown", not "none". */
  readonly tapRead: boolean;
  readonly preflight: Preflight;
  /** Graph requests this card cost (should be 1). */
  readonly graphRequests: number;
}

export type VerificationTier = 'standard' | 'privileged';

export interface ChecklistItem {
  readonly id: string;
  readonly label: string;
}

export interface VerificationConfig {
  readonly checklists: Readonly<Record<VerificationTier, readonly ChecklistItem[]>>;
  readonly methods: readonly string[];
  readonly ticketPattern: string;
  readonly ticketExample: string;
}

export interface HandoffSettings {
  readonly displaySeconds: number;
  readonly clipboardClearSeconds: number;
  readonly showQr: boolean;
  readonly allowScreenCapture: boolean;
  /** False: no Copy button, and main refuses `handoff.copy` (a policy can lock it off). */
  readonly allowCopy: boolean;
}

export interface SettingView<T> {
  readonly value: T;
  readonly source: 'policy' | 'user' | 'default';
  readonly locked: boolean;
}

export interface ConfigProblem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

export interface ConfigView {
  readonly tenantId: SettingView<string | null>;
  readonly clientId: SettingView<string | null>;
  readonly cloud: SettingView<Cloud>;
  readonly handoff: SettingView<HandoffSettings> & {
    readonly lockedFields: readonly (keyof HandoffSettings)[];
  };
  /** A warning about the chosen cloud (e.g. TAP v1.0 is not offered there). */
  readonly cloudNote?: string;
  readonly verification: SettingView<VerificationConfig>;
  readonly auditFolder: SettingView<string>;
  /** Whether the user's notice that a pass was issued is off, offered to the technician, or always sent (admin policy). */
  readonly noticeMode: 'off' | 'offered' | 'required';
  readonly problems: readonly ConfigProblem[];
}

/** A pass shown at the desk: the pass itself, delivered exactly once, in the reply to `tap.mint`. */
export interface DeskHandoff {
  readonly shownOn: 'this-screen';
  readonly handoffId: string;
  readonly pass: string;
  /** One spoken word per character (NATO alphabet, case and symbols spelled out). */
  readonly phonetic: readonly string[];
  readonly userPrincipalName: string;
  readonly userDisplayName: string;
  readonly tap: TapInfo;
  readonly replaced: boolean;
  readonly hideAt: string;
  readonly showQr: boolean;
  /** True only where the OS really keeps the window out of screenshots (Windows, macOS). */
  readonly contentProtected: boolean;
  /** Why the pass is or is not kept out of screen capture, so the screen can say which. */
  readonly captureProtection: 'on' | 'allowed-by-policy' | 'unavailable';
  /** Whether Copy is offered; main refuses it otherwise. */
  readonly copyAllowed: boolean;
  readonly requestId?: string;
  /** Policy asked for the customer display but none is attached: the screen says so. */
  readonly customerDisplay?: 'not-attached';
}

/**
 * One handoff as the desk sees it: at the desk (with the pass), or on the customer display
 * (without it; issue 19 item 3).
 */
export type Handoff = DeskHandoff | CustomerDisplayHandoff;

export type MintOutcome =
  | { readonly kind: 'minted'; readonly handoff: Handoff }
  /** The reply was lost; the read-back says whether a pass now exists. */
  | { readonly kind: 'unknown'; readonly tapNow: TapInfo | null; readonly message: string };

/** One person followed after hand-over, until they registered a method or the wait ended. */
export interface FollowView {
  readonly userId: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly isUsableOnce: boolean;
  /** When following started and when it stops at the latest. */
  readonly since: string;
  readonly until: string;
  readonly state: 'waiting' | 'used' | 'registered' | 'ended-unused' | 'pass-gone' | 'revoked' | 'ended';
  /** When TAP Desk first saw the one-time pass used (Graph gives no time for it in v1.0). */
  readonly passUsedSeenAt?: string;
  /** The new passwordless method, as Graph lists it. */
  readonly registered?: { readonly label: string; readonly detail?: string; readonly at: string };
  /** The pass still works: revoking it is offered. */
  readonly passLive: boolean;
  /** The last read failed (throttled, offline): said in a technician's words; following goes on. */
  readonly problem?: string;
}

export interface FollowList {
  readonly people: readonly FollowView[];
}

/** What an export became: a file the technician chose, a download (browser preview), or nothing. */
export type ExportOutcome =
  | { readonly kind: 'saved'; readonly path: string; readonly rows: number }
  /** The browser preview has no save dialog: the page hands `csv` to the browser as a download. */
  | { readonly kind: 'download'; readonly name: string; readonly csv: string; readonly rows: number }
  | { readonly kind: 'cancelled' };

/** How a pass left the screen, as the journal records it. */
export const handoffEnds = ['handed-over', 'hidden', 'timeout', 'blur', 'page-switched', 'lock', 'quit', 'closed'] as const;
export type HandoffEnd = (typeof handoffEnds)[number];

export interface AuditEntryView {
  readonly seq: number;
  readonly time: string;
  readonly action: AuditAction;
  readonly result: 'success' | 'failure' | 'unknown';
  readonly technicianUpn?: string;
  readonly targetUpn?: string;
  readonly ticket?: string;
  readonly tier?: VerificationTier;
  readonly errorCode?: string;
  readonly requestId?: string;
  readonly detail?: string;
}

/** Whether the journal has reached the organisation's log pipeline (the header shows it). */
export type AuditForwardingView =
  | { readonly state: 'off' }
  /** The policy chose a pipeline but left out what it needs (named). */
  | { readonly state: 'incomplete'; readonly missing: readonly string[] }
  | {
      readonly state: 'sent' | 'waiting';
      readonly waiting: number;
      /** Time of the oldest entry the pipeline has not accepted yet. */
      readonly oldestWaiting?: string;
      readonly lastError?: string;
      /** The pipeline refused (401, 403, 413): time will not fix it, an admin will. */
      readonly needsAdmin?: boolean;
      readonly destination: string;
    };

export interface AuditVerification {
  readonly ok: boolean;
  readonly entries: number;
  readonly segments: number;
  /** The first broken entry, named for a human. */
  readonly firstBroken?: { readonly file: string; readonly line: number; readonly reason: string };
  readonly tornTail?: { readonly file: string; readonly line: number };
}

// ---------------------------------------------------------------------------------------------
// The onboarding queue (expected arrivals, checked in advance; every pass still minted at the desk)
// ---------------------------------------------------------------------------------------------

/** not-checked: imported or re-check pending; ready/blocked: the card's rules ran; done: served at the desk. */
export type QueueRowState = 'not-checked' | 'checking' | 'ready' | 'blocked' | 'done';

export interface QueueRowView {
  readonly id: string;
  /** The CSV line it came from (1 is the header). */
  readonly line: number;
  readonly key: { readonly kind: 'upn' | 'employeeId'; readonly value: string };
  /** When the person is expected (ISO), if the CSV said. */
  readonly expectedAt?: string;
  readonly ticket: string;
  readonly note?: string;
  readonly state: QueueRowState;
  /** The directory user the key resolved to, once checked. */
  readonly user?: { readonly id: string; readonly displayName: string; readonly userPrincipalName: string };
  /** Why it is blocked (or why it could not be checked), each with what to fix. */
  readonly reasons: readonly PreflightBlock[];
  /** Facts that were not checked, and notes that do not block (a pass to replace). */
  readonly notes: readonly string[];
  readonly checkedAt?: string;
  readonly doneAt?: string;
}

/** A CSV line the import could not read, and why. */
export interface QueueRejectedLine {
  readonly line: number;
  readonly reason: string;
}

export interface QueueView {
  /** The queue's name (the file name), journalled with each mint from it; null when empty. */
  readonly name: string | null;
  readonly rows: readonly QueueRowView[];
  readonly rejected: readonly QueueRejectedLine[];
  /** The pre-flight under way or last run: rows finished, rows asked, Graph requests spent. */
  readonly progress: { readonly running: boolean; readonly done: number; readonly total: number; readonly requests: number } | null;
  /** Why the last pre-flight stopped early, if it did. */
  readonly error?: AppError;
}
