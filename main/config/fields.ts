/**
 * The settings schema, one field at a time. A field is the unit of precedence and locking: each is
 * read from the first source that holds a valid value, and a field the machine policy sets is
 * locked. zod validates each field on its own so one bad value never discards its neighbours.
 */
import path from 'node:path';
import { z } from 'zod';
import { clouds } from '../../preload/contract';
import type { ChecklistItem, Cloud } from '../../preload/contract';
import { compileTicketPattern, ticketPatternProblem } from './ticket-pattern';

export interface TicketRule {
  readonly pattern: string;
  readonly example: string;
}

/** Every setting, flat. `verification.ticket` keeps the pattern and its example together. */
export interface Settings {
  readonly tenantId: string | null;
  readonly clientId: string | null;
  readonly cloud: Cloud;
  readonly 'handoff.displaySeconds': number;
  readonly 'handoff.clipboardClearSeconds': number;
  readonly 'handoff.showQr': boolean;
  readonly 'handoff.allowScreenCapture': boolean;
  readonly 'handoff.allowCopy': boolean;
  readonly 'verification.checklists.standard': readonly ChecklistItem[];
  readonly 'verification.checklists.privilegedExtra': readonly ChecklistItem[];
  readonly 'verification.methods': readonly string[];
  readonly 'verification.ticket': TicketRule;
  readonly privilegedGroups: readonly string[];
  readonly auditFolder: string;
}

export type FieldKey = keyof Settings;

export interface FieldSpec {
  readonly key: FieldKey;
  /** Where the field sits in a settings document. */
  readonly path: readonly string[];
  readonly schema: z.ZodType;
  /** What an admin should do when the value is refused. */
  readonly fix: string;
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

/** The field table. The audit folder's rule depends on the platform, hence the factory. */
export function fieldSpecs(platform: NodeJS.Platform): readonly FieldSpec[] {
  return [
    {
      key: 'tenantId',
      path: ['tenantId'],
      schema: guid,
      fix: 'Use the Directory (tenant) ID from the Entra admin center, Overview page.',
    },
    {
      key: 'clientId',
      path: ['clientId'],
      schema: guid,
      fix: "Use the Application (client) ID of TAP Desk's app registration.",
    },
    {
      key: 'cloud',
      path: ['cloud'],
      schema: z.enum(clouds),
      fix: `Use one of ${clouds.join(', ')} (exact spelling).`,
    },
    {
      key: 'handoff.displaySeconds',
      path: ['handoff', 'displaySeconds'],
      schema: z.number().int().min(10).max(600),
      fix: 'Use a whole number of seconds from 10 to 600.',
    },
    {
      key: 'handoff.clipboardClearSeconds',
      path: ['handoff', 'clipboardClearSeconds'],
      schema: z.number().int().min(5).max(300),
      fix: 'Use a whole number of seconds from 5 to 300.',
    },
    {
      key: 'handoff.showQr',
      path: ['handoff', 'showQr'],
      schema: z.boolean(),
      fix: 'Use true or false (no quotes).',
    },
    {
      key: 'handoff.allowScreenCapture',
      path: ['handoff', 'allowScreenCapture'],
      schema: z.boolean(),
      fix: 'Use true or false (no quotes).',
    },
    {
      key: 'handoff.allowCopy',
      path: ['handoff', 'allowCopy'],
      schema: z.boolean(),
      fix: 'Use true or false (no quotes).',
    },
    {
      key: 'verification.checklists.standard',
      path: ['verification', 'checklists', 'standard'],
      schema: z.array(checklistItem).min(1).max(12).refine(uniqueIds, 'item ids must be unique'),
      fix: 'Give 1 to 12 items, each {"id": "photo-id", "label": "Photo ID checked"} with a unique id.',
    },
    {
      key: 'verification.checklists.privilegedExtra',
      path: ['verification', 'checklists', 'privilegedExtra'],
      schema: z.array(checklistItem).max(8).refine(uniqueIds, 'item ids must be unique'),
      fix: 'Give up to 8 items, each {"id": "…", "label": "…"}; they are added to the standard list.',
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
    },
    {
      key: 'verification.ticket',
      path: ['verification', 'ticketPattern'],
      schema: ticketRule,
      fix: 'Set both ticketPattern (a short regular expression without nested repeats) and a ticketExample it matches.',
    },
    {
      key: 'privilegedGroups',
      path: ['privilegedGroups'],
      schema: z.array(guid).max(100),
      fix: 'List up to 100 group object IDs (GUIDs).',
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
    },
  ];
}
