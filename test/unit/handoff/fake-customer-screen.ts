import type { CustomerPassView } from '../../../preload/contract';
import type { CustomerScreen } from '../../../main/customer-display/customer-screen';

/** A customer display that records what it was shown and wiped; attach and detach by hand. */
export function createFakeCustomerScreen(attached = true): CustomerScreen & {
  /** What the display shows right now (null once wiped). */
  showing: CustomerPassView | null;
  wiped: string[];
  shows: number;
  attachedNow: boolean;
  /** `show` answers false once (the display went away between the check and the show). */
  failNextShow: boolean;
} {
  const screen = {
    showing: null as CustomerPassView | null,
    wiped: [] as string[],
    shows: 0,
    attachedNow: attached,
    failNextShow: false,
    contentProtectionSupported: true,
    attached: () => screen.attachedNow,
    show(view: CustomerPassView) {
      screen.shows += 1;
      if (screen.failNextShow) {
        screen.failNextShow = false;
        return false;
      }
      screen.showing = view;
      return true;
    },
    wipe(handoffId: string) {
      if (screen.showing?.handoffId === handoffId) screen.showing = null;
      screen.wiped.push(handoffId);
    },
  };
  return screen;
}
