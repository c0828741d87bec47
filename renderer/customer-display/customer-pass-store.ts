/**
 * The one pass this page shows, as main sent it. Subscribed as the module loads, before the page
 * finishes loading, because main sends the pass once the load is done and a listener added later
 * (in an effect) could miss it. Every wipe, and the page's own timer, drop it.
 */
import type { Bridge, CustomerPassView } from '../../preload/contract';

export interface CustomerPassStore {
  get(): CustomerPassView | null;
  subscribe(listener: () => void): () => void;
  /** Drops the pass if it is still the one with this id (the page's own hide timer). */
  drop(handoffId: string): void;
}

export function createCustomerPassStore(bridge: Bridge): CustomerPassStore {
  let current: CustomerPassView | null = null;
  const listeners = new Set<() => void>();
  const set = (next: CustomerPassView | null): void => {
    current = next;
    for (const listener of listeners) listener();
  };
  const drop = (handoffId: string): void => {
    if (current?.handoffId === handoffId) set(null);
  };
  bridge.on('customerDisplay.show', set);
  bridge.on('customerDisplay.wipe', (event) => drop(event.handoffId));
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    drop,
  };
}
