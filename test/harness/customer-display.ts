/**
 * The preview's customer display: a second page (customer-display.html), fed over an event
 * stream of its own, never the technician page's. It counts as attached while such a page is
 * open, as a second display does in Electron; the last one closing while it shows a pass is the
 * display going away. Test-only: the app's own adapter is main/electron/customer-window.ts.
 */
import type { ServerResponse } from 'node:http';
import type { CustomerDisplayEventName, Events } from '../../preload/contract';
import type { CustomerScreen } from '../../main/customer-display/customer-screen';

export interface HarnessCustomerDisplay extends CustomerScreen {
  /** A customer page connected its stream; the returned function is for when it closes. */
  connect(stream: ServerResponse): () => void;
  /** Called when the last customer page closes while it shows a pass. */
  onLost(listener: () => void): void;
  /** Ends every stream (harness stop). */
  end(): void;
}

export function createHarnessCustomerDisplay(): HarnessCustomerDisplay {
  const streams = new Set<ServerResponse>();
  let showing: string | null = null;
  let lost = (): void => undefined;

  const send = <E extends CustomerDisplayEventName>(event: E, payload: Events[E]): void => {
    const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const stream of streams) stream.write(data);
  };

  return {
    // A browser page has no capture protection: the desk says so instead of claiming it.
    contentProtectionSupported: false,
    attached: () => streams.size > 0,
    show(view) {
      if (streams.size === 0) return false;
      showing = view.handoffId;
      send('customerDisplay.show', view);
      return true;
    },
    wipe(handoffId) {
      if (showing !== handoffId) return;
      showing = null;
      send('customerDisplay.wipe', { handoffId });
    },
    connect(stream) {
      streams.add(stream);
      return () => {
        streams.delete(stream);
        if (streams.size === 0 && showing !== null) {
          showing = null;
          lost();
        }
      };
    },
    onLost(listener) {
      lost = listener;
    },
    end() {
      for (const stream of streams) stream.end();
      streams.clear();
    },
  };
}
