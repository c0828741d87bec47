/**
 * Every command: its argument schema (parsed in main before any handler runs) and its result type.
 * Main's handler map and the bridge's `invoke` are derived from this table.
 */
import { z } from 'zod';
import { auditActions } from './audit-actions';
import { tapLifetimeMinutes } from './limits';
import {
  clouds,
  type AppInfo,
  type AuditEntryView,
  type AuditForwardingView,
  type AuditVerification,
  type ConfigView,
  type ExportOutcome,
  type FollowList,
  type MintOutcome,
  type PimProgress,
  type QueueView,
  type Session,
  type UserCard,
  type UserSummary,
} from './views';

const guid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');

/** A Graph user key: an object id or a UPN. Bounded so hostile input cannot grow memory. */
const userKey = z.string().min(1).max(320);


const empty = z.object({}).strict();

const verificationEvidence = z
  .object({
    tier: z.enum(['standard', 'privileged']),
    checked: z.array(z.string().min(1).max(64)).max(20),
    method: z.string().min(1).max(64),
    ticket: z.string().min(1).max(64),
    /** UPN of the second technician present, when the checklist asks for one (checked in main). */
    secondTechnician: z.string().min(3).max(320).optional(),
  })
  .strict();

const isoDateTime = z.iso.datetime({ offset: true });


/** Declares a command: `command<Result>()(argsSchema)`, so the schema's type is inferred. */
function command<R>() {
  return <A extends z.ZodType>(args: A) => ({ args, result: undefined as unknown as R });
}

export const commands = {
  'app.info': command<AppInfo>()(empty),

  'config.get': command<ConfigView>()(empty),
  'config.setTenant': command<ConfigView>()(
    z.object({ tenantId: guid, clientId: guid, cloud: z.enum(clouds) }).strict(),
  ),
  'config.useDemo': command<AppInfo>()(empty),
  'config.setHandoff': command<ConfigView>()(
    z
      .object({
        displaySeconds: z.number().int().min(10).max(600),
        clipboardClearSeconds: z.number().int().min(5).max(300),
        showQr: z.boolean(),
        allowScreenCapture: z.boolean(),
        allowCopy: z.boolean(),
      })
      .partial()
      .strict(),
  ),

  'auth.status': command<Session>()(empty),
  'auth.signIn': command<Session>()(
    z
      .object({
        flow: z.enum(['browser', 'device-code']),
        /** Demo mode: which seeded technician signs in (ignored on a real tenant). */
        demoTechnician: z.string().min(3).max(320).optional(),
      })
      .strict(),
  ),
  'auth.cancel': command<Session>()(empty),
  'auth.signOut': command<Session>()(empty),
  /** "Refresh my roles": re-reads the technician's roles (one activated in PIM counts at once). */
  'auth.refreshRoles': command<Session>()(empty),
  /** PIM: activate an eligible role (main clamps nothing: it refuses what the rules refuse). */
  'pim.activate': command<PimProgress>()(
    z
      .object({
        roleKey: z.string().min(3).max(200),
        minutes: z.number().int().min(5).max(480),
        justification: z.string().max(500).optional(),
        ticket: z.string().max(64).optional(),
      })
      .strict(),
  ),
  'pim.deactivate': command<PimProgress>()(z.object({ roleKey: z.string().min(3).max(200) }).strict()),

  'users.search': command<{ readonly query: string; readonly users: readonly UserSummary[] }>()(
    z.object({ query: z.string().max(256) }).strict(),
  ),
  'users.card': command<UserCard>()(z.object({ user: userKey }).strict()),
  'users.cancel': command<null>()(empty),

  'tap.mint': command<MintOutcome>()(
    z
      .object({
        user: userKey,
        lifetimeInMinutes: z.number().int().min(tapLifetimeMinutes.min).max(tapLifetimeMinutes.max),
        startDateTime: isoDateTime.optional(),
        isUsableOnce: z.boolean(),
        replace: z.boolean(),
        verification: verificationEvidence,
        /** The queue row this person was picked from: main marks it done and journals the queue's name. */
        queueRow: z.uuid().optional(),
        /** The technician chose to send the user's notice (when the policy offers it). */
        notify: z.boolean().optional(),
      })
      .strict(),
  ),
  'tap.revoke': command<{ readonly revoked: true }>()(
    z
      .object({
        user: userKey,
        tapId: z.string().min(1).max(64),
        /** Required, as for a mint: main checks it against the ticket pattern and journals it. */
        ticket: z.string().min(1).max(64),
      })
      .strict(),
  ),

  'handoff.copy': command<{ readonly clearsAt: string }>()(
    z.object({ handoffId: z.uuid() }).strict(),
  ),
  /** The read-aloud spelling of a pass on the customer display, on the technician's request (journalled). */
  'handoff.spell': command<{ readonly phonetic: readonly string[] }>()(
    z.object({ handoffId: z.uuid() }).strict(),
  ),
  'handoff.close': command<null>()(
    z
      .object({
        handoffId: z.uuid(),
        /** How the pass left the screen; 'page-switched': the technician opened another page. */
        reason: z.enum(['handed-over', 'hidden', 'timeout', 'blur', 'page-switched']),
      })
      .strict(),
  ),

  'audit.list': command<{
    /** The newest matching entries, at most `auditListLimit`. */
    readonly entries: readonly AuditEntryView[];
    /** How many entries matched in all (Export CSV has every one). */
    readonly total: number;
    readonly folder: string;
  }>()(
    z
      .object({
        from: isoDateTime.optional(),
        to: isoDateTime.optional(),
        technician: z.string().max(320).optional(),
        target: z.string().max(320).optional(),
        action: z.enum(auditActions).optional(),
        /** A part of the ticket reference, any letter case. */
        ticket: z.string().max(64).optional(),
      })
      .strict(),
  ),
  'audit.verify': command<AuditVerification>()(empty),
  /** Asks where to save (a native dialog; a download in the preview), then writes every entry. */
  'audit.exportCsv': command<ExportOutcome>()(empty),
  'audit.forwarding': command<AuditForwardingView>()(empty),

  'queue.get': command<QueueView>()(empty),
  /** A CSV of expected arrivals, read in the renderer from a file the technician chose. */
  'queue.import': command<QueueView>()(
    z.object({ name: z.string().min(1).max(120), text: z.string().max(2_000_000) }).strict(),
  ),
  /** Pre-flight every row (or one): progress arrives as 'queue.changed'. */
  'queue.check': command<QueueView>()(z.object({ rowId: z.uuid().optional() }).strict()),
  'queue.cancel': command<QueueView>()(empty),
  'queue.clear': command<QueueView>()(empty),
  /** The day's outcome as CSV (who got a pass, who was blocked and why); never a pass. */
  'queue.exportCsv': command<{ readonly path: string; readonly rows: number }>()(empty),

  'shell.openHelp': command<null>()(
    z.object({ topic: z.enum(['roles', 'my-security-info']) }).strict(),
  ),

  /** The people being followed after hand-over. */
  'follow.list': command<FollowList>()(empty),
  /** Stops following one person (their pass is left as it is). */
  'follow.stop': command<FollowList>()(z.object({ userId: guid }).strict()),
  /** Revokes the followed person's pass, with the ticket it was issued under. */
  'follow.revoke': command<FollowList>()(z.object({ userId: guid }).strict()),
  /** Demo mode only: the person uses their pass and registers a method after a pause. */
  'demo.playPerson': command<null>()(
    z
      .object({ userId: guid, method: z.enum(['microsoftAuthenticator', 'fido2', 'windowsHelloForBusiness']) })
      .strict(),
  ),
} as const;

export type Command = keyof typeof commands;
export type Args<C extends Command> = z.infer<(typeof commands)[C]['args']>;
export type Result<C extends Command> = (typeof commands)[C]['result'];

export const commandNames = Object.keys(commands) as Command[];
