/**
 * The customer display as a port: a second screen that faces the person at the desk. The pass
 * goes there and only there, so the technician never reads it (issue 19 item 3). Electron's
 * adapter is a frameless, content-protected window on the second display
 * (main/electron/customer-window.ts); the browser preview's is a second page (test/harness/).
 */
import type { CustomerPassView } from '../../preload/contract';

export interface CustomerScreen {
  /** Whether a second display is attached right now (the preview: a customer page is open). */
  attached(): boolean;
  /** False where the OS cannot keep the window out of screen capture (Linux, a browser). */
  readonly contentProtectionSupported: boolean;
  /**
   * Puts the pass on the customer display. Returns false when it could not (the display went
   * away in the meantime): the caller then shows the pass at the desk instead.
   */
  show(view: CustomerPassView): boolean;
  /** Removes the pass from the customer display and hides its window. Safe to call twice. */
  wipe(handoffId: string): void;
}

/** No second display: what a desk without one, and every test that does not care, gets. */
export const noCustomerScreen: CustomerScreen = {
  attached: () => false,
  contentProtectionSupported: false,
  show: () => false,
  wipe: () => undefined,
};
