/**
 * The composition root: builds every use case from the ports and returns the handler map plus
 * the lifecycle hooks the shell (Electron or the web harness) calls. No electron import.
 */
import { join } from 'node:path';
import type { AppInfo, AppMode, Args, Events, Handoff, Session } from '../preload/contract';
import { createAuditJournal, type AuditJournal } from './audit/journal';
import { createDemoSecretStore, demoJournalFolder } from './demo-apart';
import { createForwardingService, type ForwardingService } from './audit/forward/forwarding-service';
import { transportFor } from './audit/forward/transport-for';
import { signInAuditor, tapAuditSink } from './audit-sinks';
import { createConfigStore } from './config/config-store';
import { nodeExecFile } from './config/node-exec-file';
import type { EffectiveConfig } from './config/view';
import type { DemoTenant } from './demo-tenant/index';
import { connect, technicianContext, type Connection, type TenantEndpoints } from './connection';
import type { EventSink } from './events';
import { followPolicy } from './follow/follow-policy';
import { noticeAfterMint } from './notice/notice-after-mint';
import { createHandoverFollow } from './follow/handover-follow';
import { createHandoffAudit } from './handoff-audit';
import { createHandlers, type Handlers } from './handlers';
import { createHandoffSessions } from './handoff/handoff-session';
import { createFileDestination, createLogger } from './log/logger';
import { createRedactor } from './log/redactor';
import { withTrustedOrigin } from './net/fetch-http';
import type { Browser, Http, Ports } from './ports';
import { AppFailure } from './result';
import type { Services } from './services';
import { helpService } from './help';
import { guardPassChange } from './role-guard';
import { checkSecondTechnician } from './second-technician';
import { guardTicket, guardVerification } from './ticket-guard';
import { createQueueService } from './queue/queue-service';

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

/** How long the demo person takes to set up the method after signing in with the pass. */
const DEMO_REGISTRATION_DELAY_MS = 20_000;

/** How long the demo waits before entering a device code "on another device". */
export const demoDeviceCodeDelayMs = 10_000;

const signedOut: Session = { state: 'signed-out' };

const notConfigured = () =>
  new AppFailure(
    'not-configured',
    'TAP Desk is not connected to a tenant yet.',
    'Enter your tenant and client ID, or explore the demo tenant.',
  );

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
      transportFor(forwardingConfig, { clock, http: ports.http, cloud: effective.cloud, token: (scope) => tenantToken(scope) }),
    onStatus: (view) => {
      if (mode !== 'demo') emit('audit.forwarding.changed', view);
    },
  });
  let tenantJournal: AuditJournal = createAuditJournal({ folder: effective.auditFolder, clock, secrets: redactor, ...forwarding.journalOptions });
  // The active journal: the tenant's, or the demo's own while in demo mode (issue 15: demo apart).
  let journal: AuditJournal = tenantJournal;
  const demoJournal = createAuditJournal({
    folder: demoJournalFolder(ports.paths.userData),
    clock,
    secrets: redactor,
    demo: true,
    desk: forwarding.desk,
    onAppended: (entry) => demoForwarding?.journalOptions.onAppended?.(entry),
  });
  // Demo entries go to the demo tenant's own Logs Ingestion endpoint, never the organisation's.
  let demoForwarding: ForwardingService | undefined;
  const demoSecretStore = createDemoSecretStore();
  config.onChange((view) => {
    emit('config.changed', view);
    void config.effective().then((next) => {
      if (next.auditFolder !== effective.auditFolder) {
        tenantJournal = createAuditJournal({ folder: next.auditFolder, clock, secrets: redactor, ...forwarding.journalOptions });
        if (mode !== 'demo') journal = tenantJournal;
      }
      effective = next;
    });
  });

  // How each pass leaves the screen, and each Copy, go to the journal (never the pass).
  const handoffAudit = createHandoffAudit(
    () => journal,
    () => connection?.auth.technician() ?? null,
    (error) => log.error({ err: error }, 'handoff event not journalled'),
  );
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
      demo: () => mode === 'demo',
    },
  });

  // After "Handed over": follow the person until they registered a method (issue 19).
  const handover = createHandoverFollow(
    () => journal,
    () => connection?.auth.technician() ?? null,
    () => followPolicy(effective),
    emit,
  );

  let mode: AppMode = effective.configured ? 'tenant' : 'unconfigured';
  let connection: Connection | undefined;
  let demo: DemoTenant | undefined;
  const auditSignIn = signInAuditor(() => journal);

  // The onboarding queue: in memory, emptied whenever the tenant changes (demo and tenant never share it).
  const queue = createQueueService({
    clock,
    connection: () => {
      const live = tenantConnection();
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
        handoffAudit.opened(view.handoffId, {
          upn: meta.userPrincipalName,
          ...(meta.userId ? { id: meta.userId } : {}),
        });
        return view;
      },
      audit: tapAuditSink(() => journal, () => opened.auth.technician()),
      follow: handover.deps,
      pim: {
        emit: (progress) => emit('pim.progress', progress),
        journal: async (entry) => {
          const who = opened.auth.technician();
          await journal.append({ ...entry, ...(who ? { technician: { upn: who.userPrincipalName, id: who.id } } : {}) });
        },
      },
      onSessionChanged: (next) => {
        if (mode === 'demo' && next.state === 'signing-in' && next.deviceCode) {
          enterDemoDeviceCode(next.deviceCode.userCode);
        }
        emit('session.changed', next);
        auditSignIn(next).catch((error: unknown) => log.error({ err: error }, 'sign-in not journalled'));
      },
    });
    return opened;
  }

  function tenantConnection(): Connection {
    if (mode === 'tenant' && !connection && effective.authority && effective.clientId) {
      connection = open(
        {
          authority: effective.authority,
          clientId: effective.clientId,
          graphRoot: `${new URL(effective.graphBaseUrl).origin}/`,
        },
        ports.http,
        ports.browser,
      );
    }
    if (!connection) throw notConfigured();
    return connection;
  }

  /** The tenant technician's token for another resource (Azure Monitor), from their sign-in. */
  async function tenantToken(scope: string): Promise<string> {
    if (mode !== 'tenant' || !connection) throw new AppFailure('not-signed-in', 'Not signed in to the tenant.');
    return connection.auth.tokenFor([scope]);
  }

  function startDemoForwarding(tenant: DemoTenant): Promise<ForwardingService> {
    const { endpoint, ruleId, stream } = tenant.logsIngestion;
    return createForwardingService({
      config: { deskId: forwarding.desk, destination: { kind: 'logs-ingestion', endpoint, ruleId, stream }, requireWithinMinutes: 0 },
      folder: demoJournalFolder(ports.paths.userData),
      userData: join(ports.paths.userData, 'demo-forwarding'),
      clock,
      secrets: redactor,
      onStatus: (view) => {
        if (mode === 'demo') emit('audit.forwarding.changed', view);
      },
      transport: (demoConfig) =>
        transportFor(demoConfig, {
          clock,
          http: withTrustedOrigin(ports.http, tenant.origin, tenant.fetch),
          cloud: 'Public',
          token: async (scope) => {
            if (mode !== 'demo' || !connection) throw new AppFailure('not-signed-in', 'Not signed in to the demo tenant.');
            return connection.auth.tokenFor([scope]);
          },
        }),
    });
  }

  async function useDemo(): Promise<AppInfo> {
    if (!effective.demoAllowed) {
      throw new AppFailure(
        'config-locked',
        'Your organisation has turned the demo tenant off on this computer.',
        'Ask your IT admin: the policy "Allow the demo tenant" controls it.',
      );
    }
    if (!demo || demo.stopped) {
      // Loaded only when asked for, so a production start never pays for the emulator.
      const { startDemoTenant } = await import('./demo-tenant/index');
      demo = await startDemoTenant({ clock });
      await demoForwarding?.stop();
      demoForwarding = options.forwardDemo === true ? await startDemoForwarding(demo) : undefined;
    }
    connection?.users.cancel();
    void queue.clear();
    mode = 'demo';
    journal = demoJournal;
    connection = open(
      {
        authority: demo.authority,
        clientId: demo.clientId,
        graphRoot: demo.graphBaseUrl,
        knownAuthorities: [demo.knownAuthority],
      },
      withTrustedOrigin(ports.http, demo.origin, demo.fetch),
      demoBrowser(demo),
      demoSecretStore,
    );
    return info();
  }

  /**
   * In demo mode there is no second device to enter a code on, so TAP Desk enters it for the
   * trainee after a pause long enough to read the screen. Real time, not the app's clock: this
   * plays a person, not a timer the app keeps.
   */
  function enterDemoDeviceCode(userCode: string): void {
    const tenant = demo;
    const upn = demoTechnician;
    const timer = setTimeout(() => {
      try {
        if (tenant && !tenant.stopped) tenant.approveDeviceCode(userCode, upn);
      } catch {
        // Already approved, declined or cancelled: nothing to enter.
      }
    }, demoDeviceCodeDelayMs);
    timer.unref();
  }

  /** Plays the chosen seeded technician's browser; the trainee picks who signs in. */
  let demoTechnician: string | undefined;
  function demoBrowser(tenant: DemoTenant): Browser {
    return { open: (url) => tenant.browser(demoTechnician ? { upn: demoTechnician } : {}).open(url) };
  }

  async function info(): Promise<AppInfo> {
    return {
      name: 'TAP Desk',
      version: options.version,
      mode,
      ...(mode === 'tenant' && effective.tenantId ? { tenantId: effective.tenantId, cloud: effective.cloud } : {}),
      ...(mode === 'demo' && demo
        ? {
            tenantId: demo.tenantId,
            demoTechnicians: demo.technicians.map((t) => ({
              upn: t.upn,
              displayName: t.displayName,
              roles: t.roles,
              description: t.description,
            })),
          }
        : {}),
      tokenCache: ports.secretStore.encrypted ? 'encrypted' : 'memory-only',
    };
  }

  /** The user's notice, off the handoff's path: its result arrives as 'notice.result'. */
  async function noticeFor(live: Connection, args: Args<'tap.mint'>, minted: Handoff, ticket: string): Promise<void> {
    const who = live.auth.technician();
    if (!who) return;
    const card = await live.users.facts(args.user).catch(() => null);
    if (!card) return;
    await noticeAfterMint(
      { policy: () => effective.notice, mailGraph: (shared) => live.mailGraph(shared), journal: () => journal, emit, now: () => clock.now() },
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
    app: { info },
    config: {
      view: () => config.view(),
      setTenant: async (args) => {
        const view = await config.setTenant(args);
        effective = await config.effective();
        connection = undefined;
        void queue.clear();
        mode = effective.configured ? 'tenant' : mode;
        if (mode === 'tenant') journal = tenantJournal;
        return view;
      },
      setHandoff: (args) => config.setHandoff(args),
      useDemo,
    },
    auth: {
      // No connection yet (or the tenant just changed): nobody is signed in to it.
      status: async () => (connection ? connection.auth.status() : signedOut),
      signIn: async (args) => {
        const auth = tenantConnection().auth;
        if (mode === 'demo') {
          if (args.demoTechnician && !demo?.technicians.some((t) => t.upn === args.demoTechnician)) {
            throw new AppFailure('bad-request', 'That demo technician does not exist.', 'Pick one from the list.');
          }
          demoTechnician = args.demoTechnician;
        }
        try {
          return await auth.signIn(args);
        } catch (error) {
          await journal
            .append({
              action: 'sign-in',
              result: 'failure',
              errorCode: error instanceof AppFailure ? error.code : 'internal',
            })
            .catch(() => undefined);
          throw error;
        }
      },
      cancel: () => tenantConnection().auth.cancel(),
      refreshRoles: () => tenantConnection().refreshRoles(),
      signOut: async () => {
        const auth = tenantConnection().auth;
        const who = auth.technician();
        handoff.onQuit();
        const next = await auth.signOut();
        if (who) {
          await journal.append({
            action: 'sign-out',
            result: 'success',
            technician: { upn: who.userPrincipalName, id: who.id },
          });
        }
        return next;
      },
    },
    pim: {
      activate: (args) => tenantConnection().pim.activate(args),
      deactivate: (args) => tenantConnection().pim.deactivate(args),
    },
    users: {
      search: (args) => tenantConnection().users.search(args),
      card: (args) => tenantConnection().users.card(args),
      cancel: async () => (connection ? connection.users.cancel() : null),
    },
    tap: {
      mint: async (args) => {
        // Policy may require the trail to be delivered before new passes are created.
        if (mode === 'tenant') forwarding.guardMint();
        // Journalled as the pattern writes it: "inc0012345" is recorded as INC0012345.
        const ticket = guardVerification(args.verification, effective.verification);
        const connection = tenantConnection();
        const secondTechnician = await checkSecondTechnician(
          args.verification,
          checklistIds(effective, args.verification.tier),
          { search: (q) => connection.users.search(q), technician: connection.auth.technician(), target: args.user },
        );
        const verification = { ...args.verification, ticket, ...(secondTechnician ? { secondTechnician } : {}) };
        // From the queue: the row must name this user; its name is journalled and the row marked done.
        const queueName = args.queueRow ? queue.forMint(args.queueRow, args.user) : undefined;
        const outcome = await connection.tap.mint({ ...args, verification }, queueName ? { queue: queueName } : undefined);
        if (args.queueRow && outcome.kind === 'minted') queue.markDone(args.queueRow);
        if (outcome.kind === 'minted') void noticeFor(connection, args, outcome.handoff, ticket);
        return outcome;
      },
      revoke: (args) => {
        const connection = tenantConnection();
        guardPassChange(connection.auth.technician());
        const ticket = guardTicket(args.ticket, effective.verification.ticketPattern);
        return connection.tap.revoke({ ...args, ticket });
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
        handover.closed(args.handoffId, args.reason, connection?.follow);
        await noted;
        return closed;
      },
    },
    audit: {
      list: (args) => journal.list(args),
      verify: () => journal.verify(),
      exportCsv: () => journal.exportCsv(ports.saveDialog),
    },
    auditForwarding: {
      view: async () => (mode === 'demo' ? (demoForwarding?.view() ?? { state: 'off' }) : forwarding.view()),
    },
    help: helpService(ports.openExternal),
    follow: {
      list: async () => connection?.follow.list() ?? { people: [] },
      stop: async (args) => connection?.follow.stop(args.userId) ?? { people: [] },
      revoke: async (args) => tenantConnection().follow.revoke(args.userId),
      playPerson: async (args) => {
        const tenant = demo;
        if (mode !== 'demo' || !tenant) {
          throw new AppFailure('forbidden', 'Only the demo tenant can play the person at the desk.', 'Open the demo tenant from the first-run screen.');
        }
        if (!tenant.findUser(args.userId)) throw new AppFailure('not-found', 'That person is not in the demo tenant.', 'Pick someone who was just handed a pass.');
        if (!tenant.tapOf(args.userId)) throw new AppFailure('conflict', 'This person has no pass to sign in with.', 'Create and hand over a pass first.');
        tenant.playPerson(args.userId, { register: args.method, afterMs: DEMO_REGISTRATION_DELAY_MS });
        return null;
      },
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
      await demoForwarding?.stop();
      await demo?.stop();
    },
    demoTenant: () => demo,
    heldPasses: () => handoff.heldPasses(),
    onCustomerDisplayLost: () => handoff.onCustomerDisplayLost(),
  };
}

function checklistIds(effective: EffectiveConfig, tier: 'standard' | 'privileged'): string[] {
  return effective.verification.checklists[tier].map((item) => item.id);
}
