import type { CustomerDisplayEventName, EventName, Events } from '../../preload/contract';

/**
 * Events for the technician's window. The customer display's events carry the pass, so they are
 * left out here: the desk's sink cannot be handed one, and only a `CustomerScreen` adapter sends
 * them, to the customer window alone.
 */
export type DeskEventName = Exclude<EventName, CustomerDisplayEventName>;

export type EventSink = <E extends DeskEventName>(event: E, payload: Events[E]) => void;

/** A tiny typed fan-out: main's use cases emit, the IPC layer or the harness forwards. */
export function createEventHub(): { emit: EventSink; subscribe(sink: EventSink): () => void } {
  const sinks = new Set<EventSink>();
  return {
    emit: (event, payload) => {
      for (const sink of sinks) sink(event, payload);
    },
    subscribe(sink) {
      sinks.add(sink);
      return () => sinks.delete(sink);
    },
  };
}
