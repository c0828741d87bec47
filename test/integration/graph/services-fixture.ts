/** The user and TAP services wired over the demo tenant, with an in-memory audit sink and handoff. */
import type { Args, Handoff, VerificationTier } from '../../../preload/contract';
import type { DemoTenant } from '../../../main/demo-tenant/index';
import type { Graph } from '../../../main/graph/graph-client';
import type { Clock } from '../../../main/kernel/ports';
import { systemClock } from '../../../main/kernel/ports';
import type { AuditEntry } from '../../../main/tap/audit-sink';
import { createTapService, type HandoffMeta } from '../../../main/tap/tap-service';
import { createUserService } from '../../../main/users/user-service';
import { tenantGraph } from './graph-fixture';
import type { SignedIn } from './sign-in';

export interface Desk {
  readonly graph: Graph;
  readonly users: ReturnType<typeof createUserService>;
  readonly tap: ReturnType<typeof createTapService>;
  readonly audit: AuditEntry[];
  /** Passes handed to the handoff, by handoff id (the test plays the vault). */
  readonly passes: Map<string, string>;
}

export function createDesk(
  tenant: DemoTenant,
  who: SignedIn,
  options: { clock?: Clock; mintTimeoutMs?: number } = {},
): Desk {
  const clock = options.clock ?? systemClock;
  const graph = tenantGraph(tenant, who.tokens, { clock });
  const users = createUserService({ graph, clock, technician: () => who.technician });
  const audit: AuditEntry[] = [];
  const passes = new Map<string, string>();
  const openHandoff = recordingHandoff(clock, passes);
  const tap = createTapService({
    graph,
    clock,
    technician: () => who.technician,
    cards: users,
    openHandoff,
    audit: { append: async (entry) => void audit.push(entry) },
    ...(options.mintTimeoutMs ? { mintTimeoutMs: options.mintTimeoutMs } : {}),
  });
  return { graph, users, tap, audit, passes };
}

/** The handoff as a test plays it: keeps each pass by handoff id and answers like the vault. */
export function recordingHandoff(clock: Clock, passes: Map<string, string>): (pass: string, meta: HandoffMeta) => Handoff {
  return (pass: string, meta: HandoffMeta): Handoff => {
    const handoffId = crypto.randomUUID();
    passes.set(handoffId, pass);
    return {
      shownOn: 'this-screen',
      handoffId,
      pass,
      phonetic: [],
      userPrincipalName: meta.userPrincipalName,
      userDisplayName: meta.userDisplayName,
      tap: meta.tap,
      replaced: meta.replaced,
      hideAt: new Date(clock.now() + 60_000).toISOString(),
      showQr: false,
      contentProtected: true,
      captureProtection: 'on',
      copyAllowed: true,
      ...(meta.requestId ? { requestId: meta.requestId } : {}),
    };
  };
}

/** Verification evidence for a tier. */
export function evidence(tier: VerificationTier = 'standard'): Args<'tap.mint'>['verification'] {
  return { tier, checked: ['photo-id'], method: 'in person', ticket: 'INC-1001' };
}
