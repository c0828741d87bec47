import { randomBytes, randomUUID } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { systemClock } from '../kernel/ports';
import type { Clock } from '../kernel/ports';
import { createApp } from './app';
import { createDemoBrowser, type BrowserOptions, type DemoBrowser } from './browser';
import type { TenantContext } from './context';
import { buildDirectory, loadSeed } from './directory/load-seed';
import type { DirectoryUser, RoleName, TapPolicyConfig } from './directory/types';
import { settleDeviceCode } from './entra/device-code';
import { createSessions } from './entra/sessions';
import { createMailState, type SentMail } from './mail/mail-state';
import { createFaults, type FaultController } from './faults';
import { defaultTapBehaviour, usability, type TapBehaviour, type UsabilityReason } from './graph/tap-rules';
import { startServer, type RequestLogEntry } from './http/server';
import { playPerson, type PlayOptions } from './person';
import { createTenantFetch } from './tenant-fetch';
import { createTlsMaterial } from './tls';
import { createDemoPim, type DemoPim } from './pim/demo-pim';
import { createPimState } from './pim/pim-model';
import { createIngestion, demoRuleId, demoStream } from './logs-ingestion/ingestion';

export type { BrowserAction, BrowserOptions, BrowserVisit, DemoBrowser } from './browser';
export type { FaultController, FaultRoute } from './faults';
export type { PolicyTarget, TapPolicyConfig } from './directory/types';
export type { TapBehaviour, UsabilityReason } from './graph/tap-rules';
export type { RequestLogEntry } from './http/server';
export type { DemoPim, PimRequestSnapshot } from './pim/demo-pim';

export interface DemoTenantOptions {
  /** Port on 127.0.0.1; 0 or absent = ephemeral. */
  port?: number;
  /** Path to a seed JSON file; default: the bundled main/demo-tenant/seed.json. */
  seed?: string;
  /** Extra generated users for benchmarks, e.g. 100_000. Deterministic. */
  extraUsers?: number;
  /** Tenant clock: token times, TAP validity, request log. Default systemClock. */
  clock?: Clock;
}

export interface Technician {
  readonly upn: string;
  readonly displayName: string;
  /** Role names; an AU-scoped role reads `Authentication Administrator (Munich office)`. */
  readonly roles: readonly string[];
  readonly description: string;
}

/** Test view of a stored TAP. The pass value is never stored, so it cannot be exposed. */
export interface TapSnapshot {
  readonly id: string;
  readonly createdDateTime: string;
  readonly startDateTime: string;
  readonly lifetimeInMinutes: number;
  readonly isUsableOnce: boolean;
  readonly isUsable: boolean;
  readonly methodUsabilityReason: UsabilityReason;
}

export interface DemoLogsIngestion {
  /** The data collection endpoint: the tenant's own origin. */
  readonly endpoint: string;
  readonly ruleId: string;
  readonly stream: string;
  /** Records accepted so far, in arrival order. */
  readonly received: readonly Record<string, unknown>[];
}

export interface DemoTenant {
  /** `https://127.0.0.1:PORT` */
  readonly origin: string;
  /** `${origin}/${tenantId}` (lower-case GUID). */
  readonly authority: string;
  /** `127.0.0.1:PORT`: the msal `knownAuthorities` entry, port included. */
  readonly knownAuthority: string;
  /** `${origin}/`: graph-client `baseUrl`; routes under /v1.0 and /beta. */
  readonly graphBaseUrl: string;
  readonly tenantId: string;
  readonly clientId: string;
  /** PEM of the generated CA that signed the server certificate. */
  readonly caPem: string;
  readonly technicians: readonly Technician[];
  readonly groups: readonly { readonly id: string; readonly displayName: string }[];
  /** undici dispatcher trusting caPem only: `fetchOptions: { dispatcher }` for graph-client. */
  readonly dispatcher: Dispatcher;
  /** fetch trusting caPem for this origin only. Never sets NODE_TLS_REJECT_UNAUTHORIZED. */
  readonly fetch: (input: string | URL, init?: RequestInit) => Promise<Response>;
  /** A `Browser` port that plays the user: GETs the authorize URL and posts the form to msal's loopback. */
  browser(options?: BrowserOptions): DemoBrowser;
  /** Approves a pending device code as the given technician (default: the first). */
  approveDeviceCode(userCode: string, upn?: string): void;
  /** The user declines a pending device code (→ authorization_declined). */
  declineDeviceCode(userCode: string): void;
  readonly faults: FaultController;
  /** The demo's Logs Ingestion endpoint (audit forwarding): where to send, and what arrived. */
  readonly logsIngestion: DemoLogsIngestion;
  /** Revokes every refresh token of the user (next refresh → invalid_grant + suberror bad_token). */
  revokeRefreshTokens(upn: string): void;
  setTapPolicy(patch: Partial<TapPolicyConfig>): void;
  readonly tapPolicy: Readonly<TapPolicyConfig>;
  /** Switches for behaviours the spec leaves open (replace vs delete-first, create outside policy…). */
  setTapBehaviour(patch: Partial<TapBehaviour>): void;
  /** The TAP stored for a user, or null. Throws for an unknown user (a test bug). */
  tapOf(userIdOrUpn: string): TapSnapshot | null;
  /** Records a sign-in with the user's one-time TAP (→ OneTimeUsed). */
  markTapUsed(userIdOrUpn: string): void;
  /**
   * Gives the user a tenant-wide role, as a PIM activation does (tokens issued before keep their
   * `wids`; Graph reads roles live, as Entra does).
   */
  activateRole(userIdOrUpn: string, role: RoleName): void;
  /** Privileged Identity Management: approve or deny activations, change a role's rules or the delay. */
  readonly pim: DemoPim;
  /**
   * Creates a pass for the user outside TAP Desk (another technician, the portal) under the
   * policy's defaults, replacing any; the value is thrown away, as nobody here may see it.
   */
  createTapFor(userIdOrUpn: string): void;
  /**
   * Plays the person at the desk: signs in with their pass (one-time → used) and registers a
   * passwordless method after `afterMs` on the tenant clock (default Microsoft Authenticator).
   */
  playPerson(userIdOrUpn: string, options?: PlayOptions): void;
  /** Disables or enables an account, as an admin in the portal would. */
  setAccountEnabled(userIdOrUpn: string, enabled: boolean): void;
  /** Every message the tenant accepted through sendMail, oldest first (demo mode's outbox). */
  outbox(): readonly SentMail[];
  /** Looks a user up by id or UPN (case-insensitive). */
  findUser(idOrUpn: string): { readonly id: string; readonly userPrincipalName: string; readonly displayName: string } | undefined;
  readonly requests: readonly RequestLogEntry[];
  resetRequests(): void;
  stop(): Promise<void>;
  /** True once stop() was called: a stopped tenant never serves again. */
  readonly stopped: boolean;
}

/** Starts the demo tenant: Entra + Graph emulator on loopback TLS. */
export async function startDemoTenant(options: DemoTenantOptions = {}): Promise<DemoTenant> {
  const clock = options.clock ?? systemClock;
  const directory = buildDirectory(await loadSeed(options.seed), clock, options.extraUsers ?? 0);
  const tls = await createTlsMaterial();
  const faults = createFaults();
  const pim = createPimState(directory, clock);
  // The desk's seeded technicians may send as the service desk's shared mailbox.
  const mail = createMailState(directory.users.filter((u) => u.technicianDescription !== undefined).map((u) => u.id));
  const context: TenantContext = { directory, clock, origin: '', signingKey: randomBytes(32), sessions: createSessions(), faults, pim, mail };
  const ingestion = createIngestion();
  const behaviour = defaultTapBehaviour();
  const server = await startServer({ port: options.port ?? 0, key: tls.key, cert: tls.cert, clock, faults, app: createApp(context, behaviour, ingestion) });
  const origin = `https://127.0.0.1:${server.port}`;
  context.origin = origin;
  const tenantFetch = createTenantFetch(tls.caPem, origin);
  const { tenantId, clientId } = directory.tenant;

  const userOrThrow = (idOrUpn: string): DirectoryUser => {
    const user = directory.find(idOrUpn);
    if (!user) throw new Error(`Demo tenant has no user ${idOrUpn}`);
    return user;
  };
  const techUsers = directory.users.filter((u) => u.technicianDescription !== undefined);
  const unitName = (id: string): string => directory.administrativeUnits.get(id)?.displayName ?? id;
  let stopped: Promise<void> | null = null;

  return {
    origin,
    authority: `${origin}/${tenantId}`,
    knownAuthority: `127.0.0.1:${server.port}`,
    graphBaseUrl: `${origin}/`,
    tenantId,
    clientId,
    caPem: tls.caPem,
    technicians: techUsers.map((u) => ({
      upn: u.userPrincipalName,
      displayName: u.displayName,
      roles: u.roles.map((r) => {
        const scope = r.administrativeUnitId === undefined ? '' : ` (${unitName(r.administrativeUnitId)})`;
        const via = r.viaGroupId === undefined ? '' : ` via group ${directory.groups.get(r.viaGroupId)?.displayName ?? r.viaGroupId}`;
        return `${r.role}${scope}${via}`;
      }),
      description: u.technicianDescription ?? '',
    })),
    groups: [...directory.groups.values()].map((g) => ({ id: g.id, displayName: g.displayName })),
    dispatcher: tenantFetch.dispatcher,
    fetch: tenantFetch.fetch,
    browser: (browserOptions) => createDemoBrowser(tenantFetch.fetch, browserOptions),
    approveDeviceCode(userCode, upn) {
      const user = upn === undefined ? techUsers[0] : userOrThrow(upn);
      if (!user) throw new Error('Demo tenant has no technician');
      settleDeviceCode(context, userCode, { userId: user.id });
    },
    declineDeviceCode: (userCode) => settleDeviceCode(context, userCode, 'declined'),
    faults,
    logsIngestion: { endpoint: origin, ruleId: demoRuleId, stream: demoStream, received: ingestion.received },
    revokeRefreshTokens(upn) {
      const user = userOrThrow(upn);
      for (const grant of context.sessions.refreshTokens.values()) if (grant.userId === user.id) grant.revoked = true;
    },
    setTapPolicy(patch) {
      directory.policy = { ...directory.policy, ...patch };
    },
    get tapPolicy() {
      return directory.policy;
    },
    setTapBehaviour(patch) {
      Object.assign(behaviour, patch);
    },
    tapOf(idOrUpn) {
      const user = userOrThrow(idOrUpn);
      if (!user.tap) return null;
      const t = user.tap;
      return {
        id: t.id,
        createdDateTime: new Date(t.createdDateTime).toISOString(),
        startDateTime: new Date(t.startDateTime).toISOString(),
        lifetimeInMinutes: t.lifetimeInMinutes,
        isUsableOnce: t.isUsableOnce,
        ...usability(t, directory.policy, user, clock.now()),
      };
    },
    createTapFor(idOrUpn) {
      const now = clock.now();
      userOrThrow(idOrUpn).tap = {
        id: randomUUID(),
        createdDateTime: now,
        startDateTime: now,
        lifetimeInMinutes: directory.policy.defaultLifetimeInMinutes,
        isUsableOnce: directory.policy.isUsableOnce,
        used: false,
      };
    },
    playPerson(idOrUpn, playOptions) {
      playPerson(userOrThrow(idOrUpn), clock, playOptions);
    },
    setAccountEnabled(idOrUpn, enabled) {
      userOrThrow(idOrUpn).accountEnabled = enabled;
    },
    pim: createDemoPim(pim, directory, clock),
    activateRole(idOrUpn, role) {
      const user = userOrThrow(idOrUpn);
      user.roles = [...user.roles, { role }];
    },
    markTapUsed(idOrUpn) {
      const tap = userOrThrow(idOrUpn).tap;
      if (!tap) throw new Error(`${idOrUpn} has no TAP`);
      tap.used = true;
    },
    outbox: () => [...mail.outbox],
    findUser(idOrUpn) {
      const u = directory.find(idOrUpn);
      return u && { id: u.id, userPrincipalName: u.userPrincipalName, displayName: u.displayName };
    },
    get requests() {
      return server.log;
    },
    resetRequests() {
      server.log.length = 0;
    },
    get stopped() {
      return stopped !== null;
    },
    stop() {
      stopped ??= (async () => {
        await server.stop();
        await tenantFetch.close();
      })();
      return stopped;
    },
  };
}
