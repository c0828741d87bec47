/** Events main pushes to the renderer, and the bridge the preload exposes. */
import type { Args, Command, Result } from './commands';
import { customerDisplayEventNames, type CustomerDisplayEvents } from './customer-display';
import type { Reply } from './errors';
import type { AuditForwardingView, ConfigView, FollowList, PimProgress, QueueView, Session } from './views';


/** Every event; the customer display's go to its window only (see customer-display.ts). */
export interface Events extends CustomerDisplayEvents {
  'session.changed': Session;
  /** The pass is gone from main; the renderer must drop it too. */
  'handoff.hidden': { readonly handoffId: string; readonly reason: 'timeout' | 'blur' | 'lock' | 'quit' | 'closed' };
  'clipboard.changed': { readonly state: 'holding'; readonly clearsAt: string } | { readonly state: 'cleared' | 'replaced-by-other' };
  'config.changed': ConfigView;
  'queue.changed': QueueView;
  'audit.forwarding.changed': AuditForwardingView;
  'pim.progress': PimProgress;
  /** The followed people changed (a poll, a registration, a revoke, the wait ending). */
  'follow.changed': FollowList;
  /** The user's notice after a mint was sent, or why not. */
  'notice.result': { readonly userPrincipalName: string; readonly ok: boolean; readonly message: string; readonly hint?: string };
}
export type EventName = keyof Events;

export const eventNames = ['session.changed', 'handoff.hidden', 'clipboard.changed', 'config.changed', 'queue.changed', 'pim.progress', 'follow.changed', 'notice.result', 'audit.forwarding.changed', ...customerDisplayEventNames] as const satisfies readonly EventName[];

/** What the preload exposes as `window.tapDesk`, derived from the contract. */
export interface Bridge {
  invoke<C extends Command>(command: C, args: Args<C>): Promise<Reply<Result<C>>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}
