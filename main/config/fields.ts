/**
 * The settings schema, one field at a time, and the one table every consumer derives from: the
 * readers (policy.json, the registry, the user's file), the ADMX/ADML and .mobileconfig templates,
 * and the admin docs. A field is the unit of precedence and locking: each is read from the first
 * source that holds a valid value, and a field the machine policy sets is locked. zod validates
 * each field on its own so one bad value never discards its neighbours.
 */
import path from 'node:path';
import { z } from 'zod';
import { clouds } from '../../preload/contract';
import type { ChecklistItem, Cloud } from '../../preload/contract';
import { forwardingSpecs } from './forwarding-fields';
import type { ForwardingSettings } from './forwarding-fields';
import { compileTicketPattern, ticketPatternProblem } from './ticket-pattern';

export interface TicketRule {
  readonly pattern: string;
  readonly example: string;
}

/** Every setting, flat. `verification.ticket` keeps the pattern and its example together. */
export interface Settings extends ForwardingSettings {
  readonly tenantId: string | null;
  readonly clientId: string | null;
  readonly cloud: Cloud;
  readonly 'handoff.displaySeconds': number;
  readonly 'handoff.clipboardClearSeconds': number;
  readonly 'handoff.showQr': boolean;
  readonly 'handoff.allowScreenCapture': boolean;
  readonly 'handoff.allowCopy': boolean;
  /** Put the pass on a customer-facing second display only, where one is attached (issue 19). */
  readonly 'handoff.customerDisplay': boolean;
  readonly 'follow.minutes': number;
  readonly 'follow.revokeOnRegistration': boolean;
  /** The user's own notice that a pass was issued: not sent, offered to the technician, or always sent. */
  readonly 'notice.mode': NoticeMode;
  /** The message, with {user}, {technician}, {time}, {desk}, {validUntil}, {ticket}; never the pass. */
  readonly 'notice.template': string;
  /** Send from this shared mailbox (needs Mail.Send.Shared); '' sends from the technician's own. */
  readonly 'notice.sharedMailbox': string;
  readonly 'notice.managerCopy': boolean;
  /** Names the desk in the notice ("the Munich service desk"). */
  readonly 'notice.desk': string;
  readonly 'verification.checklists.standard': readonly ChecklistItem[];
  readonly 'verification.checklists.privilegedExtra': readonly ChecklistItem[];
  readonly 'verification.methods': readonly string[];
  readonly 'verification.ticket': TicketRule;
  readonly privilegedGroups: readonly string[];
  readonly auditFolder: string;
  /** Whether the demo tenant may be opened; see `demoAllowed` in view.ts for the policy rule. */
  readonly 'demo.allowed': boolean;
  /** Admin-only fields the policy opens to technicians. Read from the machine policy only. */
  readonly technicianMayChange: readonly string[];
}

export type FieldKey = keyof Settings;

export const noticeModes = ['off', 'offered', 'required'] as const;
export type NoticeMode = (typeof noticeModes)[number];

/** The placeholders a notice template may use; anything else in braces is refused. */
export const noticePlaceholders = ['user', 'technician', 'time', 'desk', 'validUntil', 'ticket'] as const;

const noticeTemplate = z
  .string()
  .trim()
  .min(20)
  .max(2000)
  .refine((text) => [...text.matchAll(/\{(\w+)\}/g)].every((m) => (noticePlaceholders as readonly string[]).includes(m[1] ?? '')), {
    message: `only ${noticePlaceholders.map((p) => `{${p}}`).join(', ')} may be used`,
  });

/** How a field appears in the ADMX template and the registry (one value, or a subkey for lists). */
export type PolicyControl =
  | { readonly kind: 'text' }
  | { readonly kind: 'enum'; readonly items: readonly string[] }
  | { readonly kind: 'number'; readonly min: number; readonly max: number }
  | { readonly kind: 'boolean' }
  /** A subkey holding values named 1, 2, 3… (ADMX `list`). */
  | { readonly kind: 'list' }
  /** A subkey holding one value per item: name = id, data = label (ADMX `list explicitValue`). */
  | { readonly kind: 'checklist' }
  /** The ticket rule: two string values, pattern and example, in one policy. */
  | { readonly kind: 'ticket'; readonly exampleValueName: string };

export type PolicyCategory = 'connection' | 'handoff' | 'verification' | 'audit' | 'access';

export interface PolicyTemplate {
  readonly category: PolicyCategory;
  /** The registry value (or subkey, for lists) under HKLM\SOFTWARE\Policies\TAP Desk. */
  readonly valueName: string;
  /** The policy's name in Group Policy and Intune. */
  readonly title: string;
  /** The explain text: what it does, and what happens when it is not configured. */
  readonly explain: string;
  readonly control: PolicyControl;
}

export interface FieldSpec {
  readonly key: FieldKey;
  /** Where the field sits in a settings document. */
  readonly path: readonly string[];
  readonly schema: z.ZodType;
  /** What an admin should do when the value is refused. */
  readonly fix: string;
  /**
   * A technician can see the field but not change it unless the policy opens it
   * (`technicianMayChange`). Security-relevant settings are admin-only by default.
   */
  readonly adminOnly: boolean;
  /** What a policy that names the field but gets it wrong locks it to, when not the default. */
  readonly failClosedTo?: unknown;
  readonly template: PolicyTemplate;
}


export const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const guid = z
  .string()
  .regex(guidPattern, 'must be a GUID like 00000000-0000-0000-0000-000000000000')
  .transform((s) => s.toLowerCase());

const checklistItem = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id must be lower-case letters, digits and dashes'),
  label: z.string().trim().min(1).max(120),
});

const uniqueIds = (items: readonly ChecklistItem[]): boolean =>
  new Set(items.map((item) => item.id)).size === items.length;

const ticketRule = z
  .strictObject({ pattern: z.string(), example: z.string().min(1).max(64) })
  .superRefine((rule, ctx) => {
    const problem = ticketPatternProblem(rule.pattern);
    if (problem !== null) {
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: `ticketPattern ${problem}` });
    } else if (!compileTicketPattern(rule.pattern).test(rule.example)) {
      ctx.addIssue({
        code: 'custom',
        path: ['example'],
        message: 'ticketExample does not match ticketPattern',
      });
    }
  });

/** An absolute folder for this platform: a drive or UNC path on Windows, `/…` elsewhere. */
function isAbsoluteFolder(platform: NodeJS.Platform, folder: string): boolean {
  if (folder.includes('\0')) return false;
  if (platform === 'win32')
    return /^[a-z]:[\\/]/i.test(folder) || /^\\\\[^\\]+\\[^\\]+/.test(folder);
  return path.posix.isAbsolute(folder);
}

const notConfigured = (what: string): string =>
  `When this policy is not configured, ${what}`;

const adminOnlyNote =
  'Technicians see this setting but cannot change it unless "Settings technicians may change" lists it.';

/** The field table. The audit folder's rule depends on the platform, hence the factory. */
export function fieldSpecs(platform: NodeJS.Platform): readonly FieldSpec[] {
  const settings = [...settingSpecs(platform), ...forwardingSpecs(platform)];
  const openable = settings.filter((spec) => spec.adminOnly).map((spec) => spec.key);
  return [...settings, technicianMayChangeSpec(openable)];
}

function settingSpecs(platform: NodeJS.Platform): FieldSpec[] {
  return [
    {
      key: 'tenantId',
      path: ['tenantId'],
      schema: guid,
      fix: 'Use the Directory (tenant) ID from the Entra admin center, Overview page.',
      adminOnly: false,
      template: {
        category: 'connection',
        valueName: 'TenantId',
        title: 'Tenant ID',
        explain: `The Directory (tenant) ID TAP Desk signs in to, a GUID from the Entra admin center, Overview page. Set it together with Client ID. When the policy sets the tenant, technicians cannot change it and the demo tenant is off unless "Allow the demo tenant" is enabled. ${notConfigured('each technician enters the tenant on the first-run screen.')}`,
        control: { kind: 'text' },
      },
    },
    {
      key: 'clientId',
      path: ['clientId'],
      schema: guid,
      fix: "Use the Application (client) ID of TAP Desk's app registration.",
      adminOnly: false,
      template: {
        category: 'connection',
        valueName: 'ClientId',
        title: 'Client ID',
        explain: `The Application (client) ID of TAP Desk's app registration (a public client; no secret). ${notConfigured('each technician enters it on the first-run screen.')}`,
        control: { kind: 'text' },
      },
    },
    {
      key: 'cloud',
      path: ['cloud'],
      schema: z.enum(clouds),
      fix: `Use one of ${clouds.join(', ')} (exact spelling).`,
      adminOnly: false,
      template: {
        category: 'connection',
        valueName: 'Cloud',
        title: 'Cloud',
        explain: `The Microsoft cloud the tenant lives in: Public (global, including GCC moderate), USGov (GCC High), USGovDoD or China (operated by 21Vianet). ${notConfigured('Public is used.')}`,
        control: { kind: 'enum', items: clouds },
      },
    },
    {
      key: 'handoff.displaySeconds',
      path: ['handoff', 'displaySeconds'],
      schema: z.number().int().min(10).max(600),
      fix: 'Use a whole number of seconds from 10 to 600.',
      adminOnly: false,
      template: {
        category: 'handoff',
        valueName: 'DisplaySeconds',
        title: 'Show the pass for (seconds)',
        explain: `How long a new pass stays on screen before it hides by itself, 10 to 600 seconds. ${notConfigured('it is 60 seconds and each technician may change it.')}`,
        control: { kind: 'number', min: 10, max: 600 },
      },
    },
    {
      key: 'handoff.clipboardClearSeconds',
      path: ['handoff', 'clipboardClearSeconds'],
      schema: z.number().int().min(5).max(300),
      fix: 'Use a whole number of seconds from 5 to 300.',
      adminOnly: false,
      template: {
        category: 'handoff',
        valueName: 'ClipboardClearSeconds',
        title: 'Clear the clipboard after (seconds)',
        explain: `How long a copied pass stays on the clipboard, 5 to 300 seconds; it is cleared only if the clipboard still holds it. ${notConfigured('it is 30 seconds and each technician may change it.')}`,
        control: { kind: 'number', min: 5, max: 300 },
      },
    },
    {
      key: 'handoff.showQr',
      path: ['handoff', 'showQr'],
      schema: z.boolean(),
      fix: 'Use true or false (no quotes).',
      adminOnly: false,
      template: {
        category: 'handoff',
        valueName: 'ShowQr',
        title: 'Offer the pass as a QR code',
        explain: `Enabled: the handoff offers a locally generated QR code. Disabled: text only. ${notConfigured('the QR code is offered and each technician may turn it off.')}`,
        control: { kind: 'boolean' },
      },
    },
    {
      key: 'handoff.allowScreenCapture',
      path: ['handoff', 'allowScreenCapture'],
      schema: z.boolean(),
      fix: 'Use true or false (no quotes).',
      adminOnly: true,
      template: {
        category: 'handoff',
        valueName: 'AllowScreenCapture',
        title: 'Allow screen capture of the pass',
        explain: `Enabled: the window showing a pass may be captured (screen sharing, recordings). Disabled: it is kept out of captures where Windows and macOS allow. ${adminOnlyNote} ${notConfigured('capture is blocked.')}`,
        control: { kind: 'boolean' },
      },
    },
    {
      key: 'handoff.allowCopy',
      path: ['handoff', 'allowCopy'],
      schema: z.boolean(),
      fix: 'Use true or false (no quotes).',
      adminOnly: true,
      template: {
        category: 'handoff',
        valueName: 'AllowCopy',
        title: 'Allow copying the pass',
        explain: `Enabled: the handoff offers Copy (the clipboard is cleared after the set time). Disabled: no Copy button, and TAP Desk refuses to copy. ${adminOnlyNote} ${notConfigured('Copy is offered.')}`,
        control: { kind: 'boolean' },
      },
    },
    {
      key: 'handoff.customerDisplay',
      path: ['handoff', 'customerDisplay'],
      schema: z.boolean(),
      fix: 'Use true or false (no quotes).',
      adminOnly: true,
      template: {
        category: 'handoff',
        valueName: 'CustomerDisplay',
        title: 'Show the pass on a customer-facing second display',
        explain: `Enabled: where a second display is attached, the pass, its grouped text and QR code appear only there, in a frameless window kept out of screen capture; the technician's screen shows the timer and controls, and the read-aloud spelling only when asked for (journalled). Without a second display the pass is shown at the desk, and the desk says so. Disabled: the pass is shown at the desk. ${adminOnlyNote} ${notConfigured('the pass is shown at the desk.')}`,
        control: { kind: 'boolean' },
      },
    },
    {
      key: 'follow.minutes',
      path: ['follow', 'minutes'],
      schema: z.number().int().min(0).max(120),
      fix: 'Use a whole number of minutes from 0 (do not follow) to 120.',
      adminOnly: true,
      template: {
        category: 'handoff',
        valueName: 'FollowMinutes',
        title: 'Follow the person after hand-over (minutes)',
        explain: `How long TAP Desk watches for the pass being used and a passwordless method being registered after "Handed over", 0 to 120 minutes (0 turns it off). ${adminOnlyNote} ${notConfigured('it is 15 minutes.')}`,
        control: { kind: 'number', min: 0, max: 120 },
      },
    },
    {
      key: 'follow.revokeOnRegistration',
      path: ['follow', 'revokeOnRegistration'],
      schema: z.boolean(),
      fix: 'Use true or false (no quotes).',
      adminOnly: true,
      template: {
        category: 'handoff',
        valueName: 'RevokeOnRegistration',
        title: 'Revoke a multi-use pass once a passwordless method is registered',
        explain: `Enabled: when the person registers a FIDO2 key, Microsoft Authenticator, Windows Hello or a platform credential, TAP Desk revokes their multi-use pass at once (journalled with the same ticket). Disabled: it offers the revoke in one click. ${adminOnlyNote} ${notConfigured('the revoke is offered, not automatic.')}`,
        control: { kind: 'boolean' },
      },
    },
    {
      key: 'notice.mode',
      path: ['notice', 'mode'],
      schema: z.enum(noticeModes),
      fix: `Use one of ${noticeModes.join(', ')}.`,
      adminOnly: true,
      template: {
        category: 'handoff',
        valueName: 'NoticeMode',
        title: "Tell the user by e-mail that a pass was issued",
        explain: `off: no message. offered: the technician may send it. required: it is sent after every pass. The message goes to the user's mailbox (never the pass itself), from the technician's mailbox or the shared mailbox below; a failed send never stops the hand-over and is journalled. Needs the Mail.Send permission. ${adminOnlyNote} ${notConfigured('no message is sent.')}`,
        control: { kind: 'enum', items: noticeModes },
      },
    },
    {
      key: 'notice.template',
      path: ['notice', 'template'],
      schema: noticeTemplate,
      fix: `Write 20 to 2,000 characters; you may use ${noticePlaceholders.map((p) => `{${p}}`).join(', ')}.`,
      adminOnly: true,
      template: {
        category: 'handoff',
        valueName: 'NoticeTemplate',
        title: 'Text of the notice to the user',
        explain: `The message body. Placeholders: {user}, {technician}, {time}, {desk}, {validUntil}, {ticket}. TAP Desk never puts the pass in it. ${adminOnlyNote} ${notConfigured('a built-in text says who issued the pass, when, from which desk, until when, and to call the desk if it was not them.')}`,
        control: { kind: 'text' },
      },
    },
    {
      key: 'notice.sharedMailbox',
      path: ['notice', 'sharedMailbox'],
      schema: z.union([z.literal(''), z.string().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be a mailbox address')]),
      fix: 'Give the shared mailbox address (servicedesk@contoso.com), or leave it empty to send from the technician.',
      adminOnly: true,
      template: {
        category: 'handoff',
        valueName: 'NoticeSharedMailbox',
        title: 'Send the notice from this shared mailbox',
        explain: `Technicians need Send As or Send on Behalf on it, and the app the Mail.Send.Shared permission. ${adminOnlyNote} ${notConfigured("the notice comes from the technician's own mailbox.")}`,
        control: { kind: 'text' },
      },
    },
    {
      key: 'notice.managerCopy',
      path: ['notice', 'managerCopy'],
      schema: z.boolean(),
      fix: 'Use true or false (no quotes).',
      adminOnly: true,
      template: {
        category: 'handoff',
        valueName: 'NoticeManagerCopy',
        title: "Copy the user's manager on the notice",
        explain: `Enabled: the manager in the directory gets a copy (cc). ${adminOnlyNote} ${notConfigured('only the user gets it.')}`,
        control: { kind: 'boolean' },
      },
    },
    {
      key: 'notice.desk',
      path: ['notice', 'desk'],
      schema: z.string().trim().min(1).max(80),
      fix: 'Name the desk in 1 to 80 characters ("the Munich service desk").',
      adminOnly: true,
      template: {
        category: 'handoff',
        valueName: 'NoticeDesk',
        title: 'The desk named in the notice',
        explain: `Fills {desk} in the notice. ${adminOnlyNote} ${notConfigured('"the service desk" is used.')}`,
        control: { kind: 'text' },
      },
    },
    {
      key: 'verification.checklists.standard',
      path: ['verification', 'checklists', 'standard'],
      schema: z.array(checklistItem).min(1).max(12).refine(uniqueIds, 'item ids must be unique'),
      fix: 'Give 1 to 12 items, each {"id": "photo-id", "label": "Photo ID checked"} with a unique id.',
      adminOnly: true,
      template: {
        category: 'verification',
        valueName: 'ChecklistStandard',
        title: 'Identity checklist',
        explain: `The checks a technician ticks before minting a pass: 1 to 12 items, each a value name (the id: lower-case letters, digits and dashes) and a value (the label shown). ${adminOnlyNote} ${notConfigured('the built-in checklist is used (photo ID, employee record).')}`,
        control: { kind: 'checklist' },
      },
    },
    {
      key: 'verification.checklists.privilegedExtra',
      path: ['verification', 'checklists', 'privilegedExtra'],
      schema: z.array(checklistItem).max(8).refine(uniqueIds, 'item ids must be unique'),
      fix: 'Give up to 8 items, each {"id": "…", "label": "…"}; they are added to the standard list.',
      adminOnly: true,
      template: {
        category: 'verification',
        valueName: 'ChecklistPrivilegedExtra',
        title: 'Extra checks for privileged users',
        explain: `Up to 8 checks added to the identity checklist for members of the privileged groups, as value name (id) and value (label). ${adminOnlyNote} ${notConfigured('the built-in extras are used (second technician, security team notified).')}`,
        control: { kind: 'checklist' },
      },
    },
    {
      key: 'verification.methods',
      path: ['verification', 'methods'],
      schema: z
        .array(z.string().trim().min(1).max(64))
        .min(1)
        .max(20)
        .refine((m) => new Set(m).size === m.length, 'methods must be unique'),
      fix: 'Give 1 to 20 distinct method names of at most 64 characters.',
      adminOnly: true,
      template: {
        category: 'verification',
        valueName: 'VerificationMethods',
        title: 'Verification methods',
        explain: `How the person was verified, as offered in the checklist: 1 to 20 distinct names of at most 64 characters. ${adminOnlyNote} ${notConfigured('in person, video call and manager vouched are offered.')}`,
        control: { kind: 'list' },
      },
    },
    {
      key: 'verification.ticket',
      path: ['verification', 'ticketPattern'],
      schema: ticketRule,
      fix: 'Set both ticketPattern (a short regular expression without nested repeats) and a ticketExample it matches.',
      adminOnly: true,
      template: {
        category: 'verification',
        valueName: 'TicketPattern',
        title: 'Ticket reference pattern',
        explain: `The ticket reference every mint and revoke needs: a short regular expression (matched in any letter case, recorded as written) and an example it matches. ${adminOnlyNote} ${notConfigured('^(INC|REQ|RITM)\\d{6,}$ is used.')}`,
        control: { kind: 'ticket', exampleValueName: 'TicketExample' },
      },
    },
    {
      key: 'privilegedGroups',
      path: ['privilegedGroups'],
      schema: z.array(guid).max(100),
      fix: 'List up to 100 group object IDs (GUIDs).',
      adminOnly: true,
      template: {
        category: 'verification',
        valueName: 'PrivilegedGroups',
        title: 'Privileged groups',
        explain: `Object IDs (GUIDs) of up to 100 groups whose members get the privileged checklist. ${adminOnlyNote} ${notConfigured('only directory role holders are treated as privileged.')}`,
        control: { kind: 'list' },
      },
    },
    {
      key: 'auditFolder',
      path: ['auditFolder'],
      schema: z
        .string()
        .min(1)
        .max(1024)
        .refine((f) => isAbsoluteFolder(platform, f), 'must be an absolute folder path'),
      fix:
        platform === 'win32'
          ? 'Use an absolute path such as C:\\ProgramData\\TAP Desk\\audit or \\\\server\\share\\tap-audit.'
          : 'Use an absolute path such as /var/lib/tap-desk/audit.',
      adminOnly: true,
      template: {
        category: 'audit',
        valueName: 'AuditFolder',
        title: 'Audit journal folder',
        explain: `An absolute folder (a drive or UNC path) for the hash-chained audit journal. Each desk writes its own chain. ${adminOnlyNote} ${notConfigured("the journal is kept in the technician's profile.")}`,
        control: { kind: 'text' },
      },
    },
    {
      key: 'demo.allowed',
      path: ['demo', 'allowed'],
      schema: z.boolean(),
      fix: 'Use true or false (no quotes).',
      adminOnly: true,
      failClosedTo: false,
      template: {
        category: 'access',
        valueName: 'AllowDemo',
        title: 'Allow the demo tenant',
        explain: `Enabled: technicians may open the built-in demo tenant (its own sign-in and journal, never mixed with the real tenant's). Disabled: the demo is off. When not configured, the demo is offered unless this policy sets the tenant.`,
        control: { kind: 'boolean' },
      },
    },
  ];
}

/** The policy's own switchboard: which admin-only fields technicians may change. */
function technicianMayChangeSpec(openable: readonly FieldKey[]): FieldSpec {
  const names = openable as [FieldKey, ...FieldKey[]];
  return {
    key: 'technicianMayChange',
    path: ['technicianMayChange'],
    schema: z
      .array(z.enum(names))
      .max(openable.length)
      .refine((k) => new Set(k).size === k.length, 'entries must be unique'),
    fix: `List setting names from: ${openable.join(', ')}.`,
    adminOnly: true,
    template: {
      category: 'access',
      valueName: 'TechnicianMayChange',
      title: 'Settings technicians may change',
      explain: `Admin-only settings that technicians may change in their own settings anyway, one name per entry (for example handoff.allowCopy). Read from machine policy only. ${notConfigured('every admin-only setting stays admin-only.')}`,
      control: { kind: 'list' },
    },
  };
}
