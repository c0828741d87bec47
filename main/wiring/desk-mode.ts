/**
 * Which tenant the desk works on: none yet, the organisation's, or the in-process demo tenant,
 * and everything that switches with it: the live connection, the journal (the demo keeps its own,
 * issue 15), the journal's forwarding, and the seeded technician the demo plays. Switching builds
 * a new connection; nothing from one tenant is used on the other.
 */
import { join } from 'node:path';
import type { AppInfo, AppMode, Args, AuditForwardingView, ConfigView, Session } from '../../preload/contract';
import { createForwardingService, type ForwardingService } from '../audit/forward/forwarding-service';
import { transportFor } from '../audit/forward/transport-for';
import { createAuditJournal, type AuditJournal } from '../audit/journal';
import type { ConfigStore } from '../config/config-store';
import type { EffectiveConfig } from '../config/view';
import type { Connection, TenantEndpoints } from './connection';
import { createDemoSecretStore, demoJournalFolder } from './demo-apart';
import type { DemoTenant } from '../demo-tenant/index';
import type { EventSink } from '../kernel/events';
import type { Redactor } from '../log/redactor';
import { withTrustedOrigin } from '../net/fetch-http';
import type { Browser, Http, Ports, SecretStore } from '../kernel/ports';
import { AppFailure } from '../kernel/result';

/** How long the demo person takes to set up the method after signing in with the pass. */
const DEMO_REGISTRATION_DELAY_MS = 20_000;

/** How long the demo waits before entering a device code "on another device". */
export const demoDeviceCodeDelayMs = 10_000;

export interface DeskModeDeps {
  readonly ports: Ports;
  readonly version: string;
  readonly emit: EventSink;
  readonly config: ConfigStore;
  readonly effective: () => EffectiveConfig;
  readonly redactor: Redactor;
  /** The organisation's forwarding (issue 16); the demo forwards to its own tenant. */
  readonly forwarding: ForwardingService;
  readonly forwardDemo: boolean;
  /** Builds a connection to one tenant (the composition root wires its use cases). */
  readonly open: (endpoints: TenantEndpoints, http: Http, browser: Browser, secretStore?: SecretStore) => Connection;
  /** The tenant is about to change: cancel searches and empty the queue. */
  readonly leavingTenant: () => void;
}

export interface DeskMode {
  mode(): AppMode;
  /** The live connection, when one is open. */
  current(): Connection | undefined;
  /** The live connection, opened on first use; "not configured" when there is no tenant. */
  live(): Connection;
  /** The journal entries go to now: the tenant's, or the demo's own in demo mode. */
  journal(): AuditJournal;
  demoTenant(): DemoTenant | undefined;
  info(): Promise<AppInfo>;
  useDemo(): Promise<AppInfo>;
  setTenant(args: Args<'config.setTenant'>): Promise<ConfigView>;
  /** Demo mode: the seeded technician the demo's browser signs in as (checked against the seed). */
  chooseDemoTechnician(upn: string | undefined): void;
  /** Demo mode: enters a device code for the trainee, as a person on another device would. */
  sessionChanged(session: Session): void;
  /** The configured audit folder moved: later tenant entries go to the new one. */
  auditFolderChanged(folder: string): void;
  /** The tenant technician's token for another resource (Azure Monitor). */
  tenantToken(scope: string): Promise<string>;
  forwardingView(): Promise<AuditForwardingView>;
  playPerson(args: Args<'demo.playPerson'>): Promise<null>;
  stop(): Promise<void>;
}

const notConfigured = () =>
  new AppFailure(
    'not-configured',
    'TAP Desk is not connected to a tenant yet.',
    'Enter your tenant and client ID, or explore the demo tenant.',
  );

export function createDeskMode(deps: DeskModeDeps): DeskMode {
  const { ports, emit, redactor, forwarding } = deps;
  const { clock } = ports;
  let mode: AppMode = deps.effective().configured ? 'tenant' : 'unconfigured';
  let connection: Connection | undefined;
  let demo: DemoTenant | undefined;
  let demoForwarding: ForwardingService | undefined;
  let demoTechnician: string | undefined;
  const demoSecretStore = createDemoSecretStore();

  const tenantJournalAt = (folder: string) =>
    createAuditJournal({ folder, clock, secrets: redactor, ...forwarding.journalOptions });
  let tenantJournal = tenantJournalAt(deps.effective().auditFolder);
  let journal = tenantJournal;
  const demoJournal = createAuditJournal({
    folder: demoJournalFolder(ports.paths.userData),
    clock,
    secrets: redactor,
    demo: true,
    desk: forwarding.desk,
    onAppended: (entry) => demoForwarding?.journalOptions.onAppended?.(entry),
  });

  function live(): Connection {
    const effective = deps.effective();
    if (mode === 'tenant' && !connection && effective.authority && effective.clientId) {
      connection = deps.open(
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

  // Demo entries go to the demo tenant's own Logs Ingestion endpoint, never the organisation's.
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

  /** Plays the chosen seeded technician's browser; the trainee picks who signs in. */
  function demoBrowser(tenant: DemoTenant): Browser {
    return { open: (url) => tenant.browser(demoTechnician ? { upn: demoTechnician } : {}).open(url) };
  }

  async function info(): Promise<AppInfo> {
    const effective = deps.effective();
    return {
      name: 'TAP Desk',
      version: deps.version,
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

  return {
    mode: () => mode,
    current: () => connection,
    live,
    journal: () => journal,
    demoTenant: () => demo,
    info,

    async useDemo() {
      if (!deps.effective().demoAllowed) {
        throw new AppFailure(
          'config-locked',
          'Your organisation has turned the demo tenant off on this computer.',
          'Ask your IT admin: the policy "Allow the demo tenant" controls it.',
        );
      }
      if (!demo || demo.stopped) {
        // Loaded only when asked for, so a production start never pays for the emulator.
        const { startDemoTenant } = await import('../demo-tenant/index');
        demo = await startDemoTenant({ clock });
        await demoForwarding?.stop();
        demoForwarding = deps.forwardDemo ? await startDemoForwarding(demo) : undefined;
      }
      deps.leavingTenant();
      mode = 'demo';
      journal = demoJournal;
      connection = deps.open(
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
    },

    async setTenant(args) {
      const view = await deps.config.setTenant(args);
      const effective = await deps.config.effective();
      connection = undefined;
      deps.leavingTenant();
      mode = effective.configured ? 'tenant' : mode;
      if (mode === 'tenant') journal = tenantJournal;
      return view;
    },

    chooseDemoTechnician(upn) {
      if (mode !== 'demo') return;
      if (upn && !demo?.technicians.some((t) => t.upn === upn)) {
        throw new AppFailure('bad-request', 'That demo technician does not exist.', 'Pick one from the list.');
      }
      demoTechnician = upn;
    },

    sessionChanged(session) {
      if (mode !== 'demo' || session.state !== 'signing-in' || !session.deviceCode) return;
      // There is no second device in the demo, so TAP Desk enters the code after a pause long
      // enough to read the screen. Real time, not the app's clock: this plays a person.
      const tenant = demo;
      const upn = demoTechnician;
      const { userCode } = session.deviceCode;
      const timer = setTimeout(() => {
        try {
          if (tenant && !tenant.stopped) tenant.approveDeviceCode(userCode, upn);
        } catch {
          // Already approved, declined or cancelled: nothing to enter.
        }
      }, demoDeviceCodeDelayMs);
      timer.unref();
    },

    auditFolderChanged(folder) {
      tenantJournal = tenantJournalAt(folder);
      if (mode !== 'demo') journal = tenantJournal;
    },

    async tenantToken(scope) {
      if (mode !== 'tenant' || !connection) throw new AppFailure('not-signed-in', 'Not signed in to the tenant.');
      return connection.auth.tokenFor([scope]);
    },

    forwardingView: async () => (mode === 'demo' ? (demoForwarding?.view() ?? { state: 'off' }) : forwarding.view()),

    async playPerson(args) {
      const tenant = demo;
      if (mode !== 'demo' || !tenant) {
        throw new AppFailure('forbidden', 'Only the demo tenant can play the person at the desk.', 'Open the demo tenant from the first-run screen.');
      }
      if (!tenant.findUser(args.userId)) throw new AppFailure('not-found', 'That person is not in the demo tenant.', 'Pick someone who was just handed a pass.');
      if (!tenant.tapOf(args.userId)) throw new AppFailure('conflict', 'This person has no pass to sign in with.', 'Create and hand over a pass first.');
      tenant.playPerson(args.userId, { register: args.method, afterMs: DEMO_REGISTRATION_DELAY_MS });
      return null;
    },

    async stop() {
      await demoForwarding?.stop();
      await demo?.stop();
    },
  };
}
