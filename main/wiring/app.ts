/**
 * The composition root: builds every use case from the ports and returns the handler map plus
 * the lifecycle hooks the shell (Electron or the web harness) calls. No electron import.
 */
import { join } from 'node:path';
import type { Args, Events, Handoff, Session } from '../../preload/contract';
import { createForwardingService } from '../audit/forward/forwarding-service';
import { transportFor } from '../audit/forward/transport-for';
import { journalSignInFailure, journalSignOut, signInAuditor, tapAuditSink } from '../audit/audit-sinks';
import { createConfigStore } from '../config/config-store';
import { nodeExecFile } from '../config/node-exec-file';
import type { EffectiveConfig } from '../config/view';
import type { DemoTenant } from '../demo-tenant/index';
import { createDeskMode } from './desk-mode';
import { connect, technicianContext, type Connection, type TenantEndpoints } from './connection';
import type { EventSink } from '../kernel/events';
import { followPolicy } from '../follow/follow-policy';
import { noticeAfterMint } from '../notice/notice-after-mint';
import { createHandoverFollow } from '../follow/handover-follow';
import { createHandoffAudit } from '../handoff/handoff-audit';
import { createHandlers, type Handlers } from './handlers';
import { createHandoffSessions } from '../handoff/handoff-session';
import { createFileDestination, createLogger } from '../log/logger';
import { createRedactor } from '../log/redactor';
import type { Browser, Http, Ports } from '../kernel/ports';
import type { Services } from '../kernel/services';
import { helpService } from '../shell/help';
import { checkedRevokeTicket, checkedVerification } from '../tap/desk-checks';
import { createQueueService } from '../queue/queue-service';

export interface AppOptions {
  readonly ports: Ports;
  readonly version: string;
  /** Forwards events to the renderer (IPC in Electron, server-sent events in the harness). */
  readonly emit: EventSink;
  /**
   * Forward the demo journal to the demo tenant's Logs Ingestion endpoint, so demo mode shows the
   * whole audit path. On in the app and the preview; tests that count the tenant's requests
   * leave it off (its token and upload requests run in the background).
   */
  readonly forwardDemo?: boolean;
  /**
   * Read the machine policy from this file, trusting files owned by `trustedUid`. Only the test
   * harness passes it (to start the preview under a policy); the Electron shell never does, so
   * an installed app reads the platform's own policy location and nothing else.
   */
  readonly policyFile?: { readonly path: string; readonly trustedUid: number };
}

export interface App {
  readonly handlers: Handlers;
  /** The window lost focus or was minimised: a pass on screen hides. */
  onBlur(): void;
  /** The screen locked or the session is suspending: hide and clear the clipboard. */
  onLock(): void;
  /** Before quit: hide, clear the clipboard if it still holds our value, stop the demo tenant. */
  beforeQuit(): Promise<void>;
  /** The in-process demo tenant, when demo mode is on (tests drive its faults and clock). */
  demoTenant(): DemoTenant | undefined;
  /** How many pass values main holds right now: 0 whenever no handoff is on screen. */
  heldPasses(): number;
  /** The customer display was unplugged or its window closed: a pass shown there hides. */
  onCustomerDisplayLost(): void;
}

const signedOut: Session = { state: 'signed-out' };

export async function createApp(options: AppOptions): Promise<App> {
  const { ports, emit } = options;
  const { clock } = ports;
  const redactor = createRedactor();
  const log = createLogger({
    redactor,
    destination: createFileDestination(join(ports.paths.userData, 'logs', 'main.log')),
  });
  const config = createConfigStore({
    platform: process.platform,
    paths: ports.paths,
    execFile: nodeExecFile,
    ...(options.policyFile
      ? { policyFile: options.policyFile.path, trustedUid: options.policyFile.trustedUid }
      : {}),
  });
  let effective: EffectiveConfig = await config.effective();
  // Every tenant entry is also forwarded to the organisation's log pipeline (issue 16), never on a
  // mint's path: the journal only nudges the forwarder after the entry is on disk.
  const forwarding = await createForwardingService({
    config: effective.forwarding,
    folder: effective.auditFolder,
    userData: ports.paths.userData,
    clock,
    secrets: redactor,
    transport: (forwardingConfig) =>
      transportFor(forwardingConfig, { clock, http: ports.http, cloud: effective.cloud, token: (scope) => desk.tenantToken(scope) }),
    onStatus: (view) => {
      if (desk.mode() !== 'demo') emit('audit.forwarding.changed', view);
    },
  });
  const journal = () => desk.journal();
  const technician = () => desk.current()?.auth.technician() ?? null;
  config.onChange((view) => {
    emit('config.changed', view);
    void config.effective().then((next) => {
      if (next.auditFolder !== effective.auditFolder) desk.auditFolderChanged(next.auditFolder);
      effective = next;
    });
  });

  // How each pass leaves the screen, and each Copy, go to the journal (never the pass).
  const handoffAudit = createHandoffAudit(journal, technician, (error) => log.error({ err: error }, 'handoff event not journalled'));
  const emitWithAudit: EventSink = (event, payload) => {
    if (event === 'handoff.hidden') {
      const hidden = payload as Events['handoff.hidden'];
      void handoffAudit.ended(hidden.handoffId, hidden.reason);
    }
    emit(event, payload);
  };
  const handoff = createHandoffSessions({
    clock,
    clipboard: ports.clipboard,
    window: ports.window,
    secrets: redactor,
    settings: () => effective.handoff,
    emit: emitWithAudit,
    customerDisplay: {
      screen: ports.customerScreen,
      wanted: () => effective.customerDisplay,
      demo: () => desk.mode() === 'demo',
    },
  });

  // After "Handed over": follow the person until they registered a method (issue 19).
  const handover = createHandoverFollow(journal, technician, () => followPolicy(effective), emit);
  const auditSignIn = signInAuditor(journal);

  // The onboarding queue: in memory, emptied whenever the tenant changes (demo and tenant never share it).
  const queue = createQueueService({
    clock,
    connection: () => {
      const live = desk.live();
      return { graph: live.graph, technician: technicianContext(live.auth) };
    },
    ticketPattern: () => effective.verification.ticketPattern,
    privilegedGroupIds: () => effective.privilegedGroups,
    exportFolder: () => effective.auditFolder,
    onChange: (view) => emit('queue.changed', view),
  });

  function open(endpoints: TenantEndpoints, http: Http, browser: Browser, secretStore = ports.secretStore): Connection {
    const opened = connect({
      endpoints,
      http,
      browser,
      clock,
      secretStore,
      privilegedGroupIds: effective.privilegedGroups,
      requiredChecklist: (tier) => checklistIds(effective, tier),
      openHandoff: (pass, meta) => {
        const view = handoff.open(pass, meta);
        handover.opened(view.handoffId, meta);
        handoffAudit.opened(
          view.handoffId,
          { upn: meta.userPrincipalName, ...(meta.userId ? { id: meta.userId } : {}) },
          view.shownOn,
        );
        return view;
      },
      audit: tapAuditSink(journal, () => opened.auth.technician()),
      follow: handover.deps,
      pim: {
        emit: (progress) => emit('pim.progress', progress),
        journal: async (entry) => {
          const who = opened.auth.technician();
          await journal().append({ ...entry, ...(who ? { technician: { upn: who.userPrincipalName, id: who.id } } : {}) });
        },
      },
      onSessionChanged: (next) => {
        desk.sessionChanged(next);
        emit('session.changed', next);
        auditSignIn(next).catch((error: unknown) => log.error({ err: error }, 'sign-in not journalled'));
      },
    });
    return opened;
  }

  const desk = createDeskMode({
    ports,
    version: options.version,
    emit,
    config,
    effective: () => effective,
    redactor,
    forwarding,
    forwardDemo: options.forwardDemo === true,
    open,
    leavingTenant: () => {
      desk.current()?.users.cancel();
      void queue.clear();
    },
  });

  /** The user's notice, off the handoff's path: its result arrives as 'notice.result'. */
  async function noticeFor(live: Connection, args: Args<'tap.mint'>, minted: Handoff, ticket: string): Promise<void> {
    const who = live.auth.technician();
    if (!who) return;
    const card = await live.users.facts(args.user).catch(() => null);
    if (!card) return;
    await noticeAfterMint(
      { policy: () => effective.notice, mailGraph: (shared) => live.mailGraph(shared), journal, emit, now: () => clock.now() },
      {
        userId: card.card.user.id,
        userPrincipalName: minted.userPrincipalName,
        userDisplayName: minted.userDisplayName,
        mail: card.card.user.mail,
        ticket,
        validUntil: minted.tap.expiresDateTime,
        technician: { upn: who.userPrincipalName, id: who.id, displayName: who.displayName },
        notify: args.notify,
      },
    );
  }

  const services: Services = {
    app: { info: () => desk.info() },
    config: {
      view: () => config.view(),
      setTenant: async (args) => {
        const view = await desk.setTenant(args);
        effective = await config.effective();
        return view;
      },
      setHandoff: (args) => config.setHandoff(args),
      useDemo: () => desk.useDemo(),
    },
    auth: {
      // No connection yet (or the tenant just changed): nobody is signed in to it.
      status: async () => desk.current()?.auth.status() ?? signedOut,
      signIn: async (args) => {
        const auth = desk.live().auth;
        desk.chooseDemoTechnician(args.demoTechnician);
        try {
          return await auth.signIn(args);
        } catch (error) {
          await journalSignInFailure(journal(), error);
          throw error;
        }
      },
      cancel: () => desk.live().auth.cancel(),
      refreshRoles: () => desk.live().refreshRoles(),
      signOut: async () => {
        const auth = desk.live().auth;
        const who = auth.technician();
        handoff.onQuit();
        const next = await auth.signOut();
        await journalSignOut(journal(), who);
        return next;
      },
    },
    pim: {
      activate: (args) => desk.live().pim.activate(args),
      deactivate: (args) => desk.live().pim.deactivate(args),
    },
    users: {
      search: (args) => desk.live().users.search(args),
      card: (args) => desk.live().users.card(args),
      cancel: async () => desk.current()?.users.cancel() ?? null,
    },
    tap: {
      mint: async (args) => {
        // Policy may require the trail to be delivered before new passes are created.
        if (desk.mode() === 'tenant') forwarding.guardMint();
        const live = desk.live();
        const verification = await checkedVerification(args, {
          settings: effective.verification,
          checklist: checklistIds(effective, args.verification.tier),
          search: (q) => live.users.search(q),
          technician: live.auth.technician(),
        });
        // From the queue: the row must name this user; its name is journalled and the row marked done.
        const queueName = args.queueRow ? queue.forMint(args.queueRow, args.user) : undefined;
        const outcome = await live.tap.mint({ ...args, verification }, queueName ? { queue: queueName } : undefined);
        if (args.queueRow && outcome.kind === 'minted') queue.markDone(args.queueRow);
        if (outcome.kind === 'minted') void noticeFor(live, args, outcome.handoff, verification.ticket);
        return outcome;
      },
      revoke: (args) => {
        const live = desk.live();
        const ticket = checkedRevokeTicket(args, live.auth.technician(), effective.verification.ticketPattern);
        return live.tap.revoke({ ...args, ticket });
      },
    },
    handoff: {
      copy: async (args) => {
        const copied = await handoff.copy(args);
        await handoffAudit.copied(args.handoffId);
        return copied;
      },
      spell: async (args) => {
        // Read first (a gone pass is refused), journalled before the technician sees it.
        const spelled = await handoff.spell(args);
        await handoffAudit.spelled(args.handoffId);
        return spelled;
      },
      close: async (args) => {
        // Noted first, so the 'closed' main emits while wiping does not replace the real reason.
        const noted = handoffAudit.ended(args.handoffId, args.reason);
        const closed = await handoff.close(args);
        handover.closed(args.handoffId, args.reason, desk.current()?.follow);
        await noted;
        return closed;
      },
    },
    audit: {
      list: (args) => journal().list(args),
      verify: () => journal().verify(),
      exportCsv: () => journal().exportCsv(ports.saveDialog),
    },
    auditForwarding: { view: () => desk.forwardingView() },
    help: helpService(ports.openExternal),
    follow: {
      list: async () => desk.current()?.follow.list() ?? { people: [] },
      stop: async (args) => desk.current()?.follow.stop(args.userId) ?? { people: [] },
      revoke: async (args) => desk.live().follow.revoke(args.userId),
      playPerson: (args) => desk.playPerson(args),
    },
    queue,
  };

  return {
    handlers: createHandlers(services),
    onBlur: () => handoff.onBlur(),
    onLock: () => handoff.onLock(),
    beforeQuit: async () => {
      handoff.onQuit();
      await handoff.settled();
      await forwarding.stop();
      await desk.stop();
    },
    demoTenant: () => desk.demoTenant(),
    heldPasses: () => handoff.heldPasses(),
    onCustomerDisplayLost: () => handoff.onCustomerDisplayLost(),
  };
}

function checklistIds(effective: EffectiveConfig, tier: 'standard' | 'privileged'): string[] {
  return effective.verification.checklists[tier].map((item) => item.id);
}
