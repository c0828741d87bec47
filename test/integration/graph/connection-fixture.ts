/**
 * The app's own per-tenant connection (sign-in, user card, mint) against the demo tenant, signed
 * in as one seeded technician through the demo browser, with an in-memory journal and handoff.
 */
import { demoHttp } from '../../../main/auth/demo-sign-in';
import { systemClock } from '../../../main/kernel/ports';
import { connect, type Connection } from '../../../main/wiring/connection';
import type { DemoTenant } from '../../../main/demo-tenant/index';
import type { Clock, Http } from '../../../main/kernel/ports';
import type { Followed } from '../../../main/follow/follow-state';
import type { AuditEntry } from '../../../main/tap/audit-sink';
import type { FollowList } from '../../../preload/contract';
import { createMemorySecretStore } from '../../fakes/memory-secret-store';
import { recordingHandoff } from './services-fixture';

export interface DemoConnection extends Connection {
  readonly audit: AuditEntry[];
  readonly passes: Map<string, string>;
  /** People whose registration the follow service journalled. */
  readonly registered: Followed[];
  /** Every list the follow service announced. */
  readonly followLists: FollowList[];
}

export interface ConnectOptions {
  readonly clock?: Clock;
  readonly http?: Http;
  readonly follow?: { readonly waitMinutes?: number; readonly revokeOnRegistration?: boolean };
}

export function connectAs(tenant: DemoTenant, upn: string, options: ConnectOptions = {}): DemoConnection {
  const clock = options.clock ?? systemClock;
  const audit: AuditEntry[] = [];
  const passes = new Map<string, string>();
  const registered: Followed[] = [];
  const followLists: FollowList[] = [];
  const connection = connect({
    endpoints: { authority: tenant.authority, clientId: tenant.clientId, graphRoot: tenant.graphBaseUrl, knownAuthorities: [tenant.knownAuthority] },
    http: options.http ?? demoHttp(tenant),
    browser: tenant.browser({ upn }),
    clock,
    secretStore: createMemorySecretStore(),
    privilegedGroupIds: [],
    requiredChecklist: () => [],
    openHandoff: recordingHandoff(clock, passes),
    audit: { append: async (entry) => void audit.push(entry) },
    onSessionChanged: () => undefined,
    follow: {
      waitMinutes: () => options.follow?.waitMinutes ?? 15,
      revokeOnRegistration: () => options.follow?.revokeOnRegistration ?? false,
      journalRegistered: async (followed) => void registered.push(followed),
      onChange: (list) => void followLists.push(list),
    },
  });
  return { ...connection, audit, passes, registered, followLists };
}
