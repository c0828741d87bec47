/**
 * Activating an eligible role from the desk: the roles are re-read right before acting, main
 * enforces the role's rules it knows (duration, justification, ticket), the request is sent once,
 * and a claims challenge (MFA, an authentication context) is met by signing in again in the
 * browser and sending it once more. Then main waits, gently, on the tenant clock: for an approver,
 * then for the role to take effect, re-reading the roles until the header can say so. Every
 * activation, approval wait and deactivation is journalled.
 */
import type { Args, PimProgress, PimRole, Session } from '../../preload/contract';
import type { TechnicianAuth } from '../auth/auth-service';
import type { Clock, Http } from '../kernel/ports';
import { AppFailure } from '../kernel/result';
import { claimsOf, failedRules, learnFrom } from './pim-rules';
import { ownRequestPath, pimCall, requestsPath, scheduleRequestBody, type PimReply } from './pim-client';
import { describeRules, refusal } from './pim-words';

export interface PimJournalEntry {
  readonly action: 'role-activate' | 'role-approval' | 'role-deactivate';
  readonly result: 'success' | 'failure' | 'unknown';
  readonly role: string;
  readonly roleMinutes?: number;
  readonly justification?: string;
  readonly ticket?: string;
  readonly errorCode?: string;
  readonly requestId?: string;
}

export interface PimServiceDeps {
  readonly http: Http;
  readonly graphBaseUrl: string;
  readonly clock: Clock;
  readonly auth: TechnicianAuth;
  /** Re-reads roles (and PIM state) and tells the renderer. */
  readonly refreshRoles: () => Promise<Session>;
  readonly emit: (progress: PimProgress) => void;
  readonly journal: (entry: PimJournalEntry) => Promise<void>;
}

export interface PimService {
  activate(args: Args<'pim.activate'>): Promise<PimProgress>;
  deactivate(args: Args<'pim.deactivate'>): Promise<PimProgress>;
}

/** Polls: every 5 s while a role takes effect, every 15 s while an approver decides; give up after 15 min / 8 h. */
const ACTIVATION_POLL_MS = 5_000;
const APPROVAL_POLL_MS = 15_000;
const ACTIVATION_LIMIT_MS = 15 * 60_000;
const APPROVAL_LIMIT_MS = 8 * 60 * 60_000;

/** Asking for MFA when the MfaRule failed: the `amr` claims request (INF: Entra's PIM refusal carries no claims of its own). */
const mfaClaims = JSON.stringify({ access_token: { amr: { essential: true, values: ['mfa'] } } });

const label = (role: PimRole): string => `${role.roleName} (${role.scopeName})`;

export function createPimService(deps: PimServiceDeps): PimService {
  const { auth, clock } = deps;
  const watching = new Set<string>();

  async function current(roleKey: string): Promise<PimRole | undefined> {
    const session = await deps.refreshRoles();
    const pim = session.state === 'signed-in' ? session.technician.pim : undefined;
    return pim?.state === 'available' ? pim.roles.find((r) => r.key === roleKey) : undefined;
  }

  function progress(roleKey: string, state: PimProgress['state'], message: string): PimProgress {
    const p = { roleKey, state, message };
    deps.emit(p);
    return p;
  }

  /** Re-reads the roles on the clock until the role is active, the approver said no, or time runs out. */
  function watch(role: PimRole, requestId: string | undefined, entry: Omit<PimJournalEntry, 'action' | 'result'>): void {
    if (watching.has(role.key)) return;
    watching.add(role.key);
    const started = clock.now();
    let approving = role.state === 'pending-approval';
    const tick = async (): Promise<void> => {
      let next: PimRole | undefined;
      try {
        next = await current(role.key);
      } catch {
        next = role; // A failed read is tried again at the next tick.
      }
      if (next?.state === 'active') {
        watching.delete(role.key);
        if (approving) await deps.journal({ ...entry, action: 'role-approval', result: 'success' }).catch(() => undefined);
        progress(role.key, 'active', `${label(role)} is active${next.activeUntil ? ` until ${next.activeUntil}` : ''}.`);
        return;
      }
      if (approving && next?.state !== 'pending-approval') {
        approving = false;
        if (next?.state !== 'activating') {
          // Back to merely eligible: the approver said no (or the request expired).
          const denied = requestId ? await wasDenied(requestId) : true;
          watching.delete(role.key);
          await deps.journal({ ...entry, action: 'role-approval', result: 'failure', errorCode: denied ? 'denied' : 'expired' }).catch(() => undefined);
          progress(role.key, 'denied', denied ? `The approver turned down ${label(role)}.` : `The request for ${label(role)} ended without an answer.`);
          return;
        }
        await deps.journal({ ...entry, action: 'role-approval', result: 'success' }).catch(() => undefined);
        progress(role.key, 'activating', `Approved. Waiting for ${label(role)} to take effect…`);
      }
      const limit = approving ? APPROVAL_LIMIT_MS : ACTIVATION_LIMIT_MS;
      if (clock.now() - started > limit) {
        watching.delete(role.key);
        progress(role.key, 'failed', `${label(role)} is not active yet. Use "Refresh my roles" later.`);
        return;
      }
      clock.setTimeout(() => void tick(), approving ? APPROVAL_POLL_MS : ACTIVATION_POLL_MS);
    };
    clock.setTimeout(() => void tick(), approving ? APPROVAL_POLL_MS : ACTIVATION_POLL_MS);
  }

  async function wasDenied(requestId: string): Promise<boolean> {
    try {
      const reply = await pimCall(deps.http, deps.graphBaseUrl, await auth.pimToken(), 'GET', ownRequestPath(requestId));
      const value = (reply.body?.['value'] ?? []) as { status?: unknown }[];
      return value[0]?.status === 'Denied';
    } catch {
      return true;
    }
  }

  async function send(body: Record<string, unknown>, role: PimRole): Promise<PimReply> {
    let token = await auth.pimToken();
    let reply = await pimCall(deps.http, deps.graphBaseUrl, token, 'POST', requestsPath, body);
    const rules = reply.code === 'RoleAssignmentRequestPolicyValidationFailed' ? failedRules(reply.message ?? '') : [];
    const claims =
      reply.code === 'RoleAssignmentRequestAcrsValidationFailed'
        ? claimsOf(reply.message ?? '')
        : rules.length === 1 && rules[0] === 'MfaRule'
          ? mfaClaims
          : null;
    if (claims === null) return reply;
    // Once: a second challenge after signing in again would loop.
    progress(role.key, 'signing-in-again', `${label(role)} asks for a stronger sign-in. Finish it in your browser…`);
    token = await auth.pimToken({ claims });
    reply = await pimCall(deps.http, deps.graphBaseUrl, token, 'POST', requestsPath, body);
    return reply;
  }

  return {
    async activate(args) {
      const role = await current(args.roleKey);
      const who = auth.technician();
      if (!role || !who) throw new AppFailure('not-found', 'You are not eligible for that role (any more).', 'Use "Refresh my roles" to see what you may activate.');
      if (role.state !== 'eligible') {
        throw new AppFailure('conflict', `${label(role)} is already ${role.state === 'active' ? 'active' : 'being activated'}.`, 'Wait for it, or deactivate it first.');
      }
      const justification = args.justification?.trim() ?? '';
      const ticket = args.ticket?.trim() ?? '';
      if (args.minutes > role.rules.maxMinutes) {
        throw new AppFailure('bad-request', `${label(role)} may be active for at most ${String(role.rules.maxMinutes)} minutes.`, 'Choose a shorter duration.');
      }
      if (role.rules.justification && justification === '') throw new AppFailure('bad-request', 'This role needs a justification.', 'Say why you need the role.');
      if (role.rules.ticket && ticket === '') throw new AppFailure('bad-request', 'This role needs a ticket number.', 'Enter the ticket you are working on.');
      const entry = {
        role: label(role),
        roleMinutes: args.minutes,
        ...(justification ? { justification } : {}),
        ...(ticket ? { ticket } : {}),
      };
      const body = scheduleRequestBody({
        action: 'selfActivate',
        principalId: who.id,
        roleDefinitionId: role.roleTemplateId,
        directoryScopeId: role.scopeId,
        minutes: args.minutes,
        now: clock.now(),
        ...(justification ? { justification } : {}),
        ...(ticket ? { ticket } : {}),
      });
      let reply: PimReply;
      try {
        reply = await send(body, role);
      } catch (error) {
        await deps.journal({ ...entry, action: 'role-activate', result: 'failure', errorCode: error instanceof AppFailure ? error.code : 'internal' }).catch(() => undefined);
        throw error;
      }
      if (reply.status !== 201) {
        const failed = failedRules(reply.message ?? '');
        if (failed.length > 0 && role.rules.source !== 'policy') auth.learnPimRules(role.roleTemplateId, learnFrom(role.rules, failed));
        const failure = refusal(reply, role);
        await deps.journal({ ...entry, action: 'role-activate', result: 'failure', errorCode: reply.code ?? String(reply.status), ...(reply.requestId ? { requestId: reply.requestId } : {}) });
        await deps.refreshRoles().catch(() => undefined);
        throw failure;
      }
      const status = String(reply.body?.['status'] ?? '');
      const requestId = typeof reply.body?.['id'] === 'string' ? reply.body['id'] : undefined;
      const withId = { ...entry, ...(reply.requestId ? { requestId: reply.requestId } : {}) };
      await deps.journal({ ...withId, action: 'role-activate', result: 'success' });
      const pending = status === 'PendingApproval';
      if (pending) await deps.journal({ ...withId, action: 'role-approval', result: 'unknown' });
      const now = await current(role.key);
      if (now?.state === 'active') return progress(role.key, 'active', `${label(role)} is active.`);
      watch(now ?? { ...role, state: pending ? 'pending-approval' : 'activating' }, requestId, withId);
      return pending
        ? progress(role.key, 'pending-approval', `Waiting for an approver (${describeRules(role.rules)}). TAP Desk checks every 15 seconds.`)
        : progress(role.key, 'activating', `Requested. Waiting for ${label(role)} to take effect…`);
    },

    async deactivate(args) {
      const role = await current(args.roleKey);
      const who = auth.technician();
      if (!role || !who || role.state !== 'active') {
        throw new AppFailure('not-found', 'That role is not active.', 'Use "Refresh my roles" to see your roles.');
      }
      const body = scheduleRequestBody({ action: 'selfDeactivate', principalId: who.id, roleDefinitionId: role.roleTemplateId, directoryScopeId: role.scopeId, now: clock.now() });
      const reply = await pimCall(deps.http, deps.graphBaseUrl, await auth.pimToken(), 'POST', requestsPath, body);
      const entry = { role: label(role), ...(reply.requestId ? { requestId: reply.requestId } : {}) };
      if (reply.status !== 201) {
        await deps.journal({ ...entry, action: 'role-deactivate', result: 'failure', errorCode: reply.code ?? String(reply.status) });
        throw refusal(reply, role);
      }
      await deps.journal({ ...entry, action: 'role-deactivate', result: 'success' });
      await deps.refreshRoles();
      return progress(role.key, 'deactivated', `${label(role)} is no longer active.`);
    },
  };
}
