/**
 * Shapes resolved settings for the two audiences: the renderer's `ConfigView` (values with where
 * each came from and whether it is locked) and main's `EffectiveConfig` (what the other use cases
 * run with, including the cloud's endpoints).
 */
import type {
  ChecklistItem,
  Cloud,
  ConfigView,
  HandoffSettings,
  SettingView,
  VerificationConfig,
} from '../../preload/contract';
import { authorityUrl, cloudTable, graphBaseUrl } from './clouds';
import type { CloudInfo } from './clouds';
import type { FieldKey, NoticeMode, Settings } from './fields';
import { forwardingOf } from './forwarding-config';
import type { ForwardingConfig } from './forwarding-config';
import type { FieldState, Resolved, Source } from './resolve';

export const handoffFields = {
  displaySeconds: 'handoff.displaySeconds',
  clipboardClearSeconds: 'handoff.clipboardClearSeconds',
  showQr: 'handoff.showQr',
  allowScreenCapture: 'handoff.allowScreenCapture',
  allowCopy: 'handoff.allowCopy',
} as const satisfies Record<keyof HandoffSettings, FieldKey>;

const verificationFields = [
  'verification.checklists.standard',
  'verification.checklists.privilegedExtra',
  'verification.methods',
  'verification.ticket',
] as const satisfies readonly FieldKey[];

/** The handoff setting, plus which of its fields the policy locks (see the report for the contract). */
export interface HandoffSettingView extends SettingView<HandoffSettings> {
  readonly lockedFields: readonly (keyof HandoffSettings)[];
}

export interface DetailedConfigView extends ConfigView {
  readonly handoff: HandoffSettingView;
}

/** What main's use cases run with. */
export interface NoticePolicy {
  readonly mode: NoticeMode;
  readonly template: string;
  readonly sharedMailbox: string;
  readonly managerCopy: boolean;
  readonly desk: string;
}

export interface EffectiveConfig {
  readonly tenantId: string | null;
  readonly clientId: string | null;
  readonly cloud: Cloud;
  readonly cloudInfo: CloudInfo;
  /** `https://<authority host>/<tenant>`, or null until a tenant is configured. */
  readonly authority: string | null;
  /** `https://<graph root>/v1.0` for the cloud. */
  readonly graphBaseUrl: string;
  readonly configured: boolean;
  readonly handoff: HandoffSettings;
  /** Put passes on the customer display where one is attached (admin policy). */
  readonly customerDisplay: boolean;
  /** Following the person after hand-over (admin policy). */
  readonly follow: { readonly minutes: number; readonly revokeOnRegistration: boolean };
  /** The user's notice after a mint (admin policy). */
  readonly notice: NoticePolicy;
  readonly verification: VerificationConfig;
  /** Group object IDs whose members get the privileged checklist. */
  readonly privilegedGroups: readonly string[];
  readonly auditFolder: string;
  /** Whether the demo tenant may be opened (policy can turn it off; see `demoAllowed`). */
  readonly demoAllowed: boolean;
  readonly forwarding: ForwardingConfig;
}

export function handoffOf(s: Settings): HandoffSettings {
  return {
    displaySeconds: s['handoff.displaySeconds'],
    clipboardClearSeconds: s['handoff.clipboardClearSeconds'],
    showQr: s['handoff.showQr'],
    allowScreenCapture: s['handoff.allowScreenCapture'],
    allowCopy: s['handoff.allowCopy'],
  };
}

function verificationOf(s: Settings): VerificationConfig {
  const standard = s['verification.checklists.standard'];
  const ids = new Set(standard.map((item) => item.id));
  // Privileged users get every standard check plus the extras: never a weaker list.
  const extra: ChecklistItem[] = s['verification.checklists.privilegedExtra'].filter(
    (item) => !ids.has(item.id),
  );
  return {
    checklists: { standard: [...standard], privileged: [...standard, ...extra] },
    methods: [...s['verification.methods']],
    ticketPattern: s['verification.ticket'].pattern,
    ticketExample: s['verification.ticket'].example,
  };
}

function single<T>(value: T, state: FieldState): SettingView<T> {
  return { value, source: state.source, locked: state.locked };
}

/** A grouped setting comes from its strongest source and is shown locked if any part is. */
function grouped<T>(value: T, states: readonly FieldState[]): SettingView<T> {
  const rank: Record<Source, number> = { policy: 2, user: 1, default: 0 };
  const source = states.reduce<Source>(
    (best, s) => (rank[s.source] > rank[best] ? s.source : best),
    'default',
  );
  return { value, source, locked: states.some((s) => s.locked) };
}

export function toConfigView(r: Resolved): DetailedConfigView {
  const { settings: s, states } = r;
  const lockedFields = (Object.keys(handoffFields) as (keyof HandoffSettings)[]).filter(
    (name) => states[handoffFields[name]].locked,
  );
  return {
    tenantId: single(s.tenantId, states.tenantId),
    clientId: single(s.clientId, states.clientId),
    cloud: single(s.cloud, states.cloud),
    ...(cloudTable[s.cloud].note === undefined ? {} : { cloudNote: cloudTable[s.cloud].note }),
    handoff: {
      ...grouped(
        handoffOf(s),
        Object.values(handoffFields).map((key) => states[key]),
      ),
      // Locked as a whole only when every part is: admin-only parts must not freeze the rest.
      locked: lockedFields.length === Object.keys(handoffFields).length,
      lockedFields,
    },
    verification: grouped(
      verificationOf(s),
      verificationFields.map((key) => states[key]),
    ),
    auditFolder: single(s.auditFolder, states.auditFolder),
    noticeMode: s['notice.mode'],
    problems: r.problems,
  };
}

/**
 * The demo is off when the policy says so, and off whenever the policy sets the tenant unless the
 * policy allows the demo explicitly: a managed desk does not wander into a training tenant.
 */
export function demoAllowed(r: Resolved): boolean {
  if (r.states['demo.allowed'].source === 'policy') return r.settings['demo.allowed'];
  return r.states.tenantId.source !== 'policy';
}

export function toEffective(r: Resolved): EffectiveConfig {
  const s = r.settings;
  const configured = s.tenantId !== null && s.clientId !== null;
  return {
    tenantId: s.tenantId,
    clientId: s.clientId,
    cloud: s.cloud,
    cloudInfo: cloudTable[s.cloud],
    authority: s.tenantId === null ? null : authorityUrl(s.cloud, s.tenantId),
    graphBaseUrl: graphBaseUrl(s.cloud),
    configured,
    handoff: handoffOf(s),
    customerDisplay: s['handoff.customerDisplay'],
    follow: { minutes: s['follow.minutes'], revokeOnRegistration: s['follow.revokeOnRegistration'] },
    notice: {
      mode: s['notice.mode'],
      template: s['notice.template'],
      sharedMailbox: s['notice.sharedMailbox'],
      managerCopy: s['notice.managerCopy'],
      desk: s['notice.desk'],
    },
    verification: verificationOf(s),
    privilegedGroups: [...s.privilegedGroups],
    auditFolder: s.auditFolder,
    demoAllowed: demoAllowed(r),
    forwarding: forwardingOf(s),
  };
}
