/**
 * The customer display (issue 19 item 3): where policy asks and a second display is attached,
 * the pass goes to a customer-facing window only. The desk's view of that handoff carries no
 * pass; the customer window's view is sent to that window alone, as its own events. Zod-free:
 * the customer page and the desk both import these types.
 */
import type { TapInfo } from './views';

/** The desk's view of a pass shown on the customer display: everything but the pass. */
export interface CustomerDisplayHandoff {
  readonly shownOn: 'customer-display';
  readonly handoffId: string;
  readonly userPrincipalName: string;
  readonly userDisplayName: string;
  readonly tap: TapInfo;
  readonly replaced: boolean;
  /** The same hide time the customer window counts down to. */
  readonly hideAt: string;
  /** Whether the OS keeps the customer window out of screen capture (Windows, macOS). */
  readonly captureProtection: 'on' | 'unavailable';
  readonly requestId?: string;
}

/** What the customer window shows: the pass (grouped and as a QR code), whose, and until when. */
export interface CustomerPassView {
  readonly handoffId: string;
  readonly pass: string;
  readonly userPrincipalName: string;
  readonly hideAt: string;
  readonly showQr: boolean;
  /** A pass from the demo tenant: the page says so, so nobody takes it for a real one. */
  readonly demo: boolean;
}

/** Events main sends to the customer window only; the desk's event sink cannot carry them. */
export interface CustomerDisplayEvents {
  'customerDisplay.show': CustomerPassView;
  /** The pass is gone: the page drops it (main then destroys the window). */
  'customerDisplay.wipe': { readonly handoffId: string };
}
export type CustomerDisplayEventName = keyof CustomerDisplayEvents;

export const customerDisplayEventNames = [
  'customerDisplay.show',
  'customerDisplay.wipe',
] as const satisfies readonly CustomerDisplayEventName[];
