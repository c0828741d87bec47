import type { EventName, Events } from '../preload/contract';

export type EventSink = <E extends EventName>(event: E, payload: Events[E]) => void;

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
