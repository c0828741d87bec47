/**
 * The real app (main/wiring/app.ts) driven through `dispatch`, exactly as the Electron shell and the web
 * harness call it, in demo mode: real msal-node, real graph-client, the demo tenant over TLS.
 * Only the ports are fakes (a steppable clock, memory clipboard and secret store). Every reply is
 * kept, so a scenario can count the errors the technician was shown.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Args, Command, ConfigView, Reply, VerificationTier } from '../../../preload/contract';
import { createApp, type App } from '../../../main/wiring/app';
import type { DemoTenant, RequestLogEntry } from '../../../main/demo-tenant/index';
import { dispatch } from '../../../main/wiring/dispatch';
import { demoOnlyPorts } from '../../fakes/demo-only-ports';
import { createMemoryClipboard } from '../../fakes/memory-clipboard';
import { createMemorySecretStore, type MemorySecretStore } from '../../fakes/memory-secret-store';
import type { CallRecord } from './figures';
import { createStepClock, type StepClock } from './step-clock';

export interface FaultDesk {
  readonly app: App;
  readonly clock: StepClock;
  readonly secretStore: MemorySecretStore;
  readonly userData: string;
  /**
   * Every command since the desk was made, with the error it showed and the tenant requests it
   * caused. Replies themselves (which may carry a pass) are returned, never kept.
   */
  readonly calls: CallRecord[];
  /** Sends a command through `dispatch`, sitting out short retry waits on the clock. */
  call(command: Command, args: unknown): Promise<Reply<unknown>>;
  /** Starts a command without waiting: for scenarios that move time or break things meanwhile. */
  start(command: Command, args: unknown): Promise<Reply<unknown>>;
  tenant(): DemoTenant;
  /** Valid evidence for a tier, read from `config.get` (the deployment's checklist and ticket format). */
  evidence(tier: VerificationTier): Promise<Args<'tap.mint'>['verification']>;
  stop(): Promise<void>;
}

/** The demo tenant's Logs Ingestion route, where the app forwards its journal. */
const isForwarding = (path: string): boolean => path.startsWith('/dataCollectionRules/');

export interface FaultDeskOptions {
  readonly clock?: StepClock;
  /** Reuse a user folder and token store: the same PC after an app restart. */
  readonly userData?: string;
  readonly secretStore?: MemorySecretStore;
  /** Forward the demo journal (the collector scenario); off elsewhere, as its requests run in the background. */
  readonly forwardDemo?: boolean;
}

export async function createFaultDesk(options: FaultDeskOptions = {}): Promise<FaultDesk> {
  const clock = options.clock ?? createStepClock();
  const ownsFolder = options.userData === undefined;
  const userData = options.userData ?? (await mkdtemp(join(tmpdir(), 'tap-desk-faults-')));
  const secretStore = options.secretStore ?? createMemorySecretStore(true);
  const app = await createApp({
    version: 'faults',
    emit: () => undefined,
    forwardDemo: options.forwardDemo === true,
    ports: demoOnlyPorts({
      clock,
      httpClock: clock,
      clipboard: createMemoryClipboard(),
      secretStore,
      userData,
    }),
  });
  const calls: CallRecord[] = [];
  // Each request in the tenant's log belongs to the first command that ends after it was logged,
  // so a request that lands late (a background policy read) is still counted exactly once.
  let log: readonly RequestLogEntry[] | undefined;
  let counted = 0;
  const start = (command: Command, args: unknown): Promise<Reply<unknown>> =>
    dispatch(app.handlers, command, args).then((reply) => {
      const current = app.demoTenant()?.requests;
      if (current !== log) {
        log = current;
        counted = 0;
      }
      const fresh = current ? current.slice(counted) : [];
      counted += fresh.length;
      // Audit forwarding runs in the background (issue 16): its uploads belong to no command.
      const entries = fresh.filter((r) => !isForwarding(r.path));
      const target = command === 'tap.mint' ? mintTarget(args) : undefined;
      calls.push({
        command,
        entries,
        ...(reply.ok ? {} : { error: reply.error }),
        ...(target ? { mintFor: target } : {}),
      });
      return reply;
    });

  /** The object id a mint targets, as it appears in the tenant's request paths. */
  function mintTarget(args: unknown): string | undefined {
    const user = (args as { user?: unknown } | null)?.user;
    const found = typeof user === 'string' ? app.demoTenant()?.findUser(user) : undefined;
    return found?.id.toLowerCase();
  }

  return {
    app,
    clock,
    secretStore,
    userData,
    calls,
    start,
    call: (command, args) => clock.drive(start(command, args)),
    tenant() {
      const tenant = app.demoTenant();
      if (!tenant) throw new Error('demo mode is not on');
      return tenant;
    },
    async evidence(tier) {
      const reply = await start('config.get', {});
      if (!reply.ok) throw new Error(`config.get failed: ${reply.error.code}`);
      const verification = (reply.value as ConfigView).verification.value;
      return {
        tier,
        checked: verification.checklists[tier].map((item) => item.id),
        method: verification.methods[0] ?? 'In person with photo ID',
        ticket: verification.ticketExample,
      };
    },
    async stop() {
      await app.beforeQuit();
      if (ownsFolder) await rm(userData, { recursive: true, force: true });
    },
  };
}
