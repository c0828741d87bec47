/**
 * The show-once handoff: the pass goes into the vault, then onto the desk's window (with
 * screen-capture protection) or, where policy asks and one is attached, onto the customer
 * display only. An auto-hide timer starts, and every way out (timeout, blur, lock, quit, the
 * technician's own close, the customer display going away) wipes the pass from main and from
 * the customer display, takes the clipboard back and tells the renderer.
 */
import type { Handoff, HandoffSettings, TapInfo } from '../../preload/contract';
import type { CustomerScreen } from '../customer-display/customer-screen';
import type { EventSink } from '../kernel/events';
import type { SecretRegistry } from '../log/redactor';
import type { Clipboard, Clock, HandoffWindow } from '../kernel/ports';
import type { HandoffService } from '../kernel/services';
import { createClipboardGuard } from './clipboard-guard';
import { spellPhonetic } from './format';
import { customerDisplayHandoff, customerPassView, deskHandoff, placePass } from './handoff-views';
import { createHandoffVault } from './vault';
import { AppFailure } from '../kernel/result';

const copyTurnedOff = () =>
  new AppFailure(
    'forbidden',
    'Copying the pass is turned off by your organisation.',
    'Read the pass out, or let the person scan the QR code.',
  );

// The desk never holds a pass shown on the customer display, so it cannot copy one either.
const copyNotAtDesk = () =>
  new AppFailure(
    'forbidden',
    'The pass is on the customer display, so it is not copied at the desk.',
    'Let the person type it or scan the QR code on their display.',
  );

/** What the mint use case knows about the pass besides its value. */
export interface HandoffMeta {
  /** The target's object id, for the journal's handoff entries. */
  readonly userId?: string;
  readonly userPrincipalName: string;
  readonly userDisplayName: string;
  readonly tap: TapInfo;
  readonly replaced: boolean;
  readonly requestId?: string;
  /** The ticket the pass was issued under: following it after hand-over revokes with the same. */
  readonly ticket?: string;
}

export interface HandoffSessionOptions {
  readonly clock: Clock;
  readonly clipboard: Clipboard;
  readonly window: HandoffWindow;
  /** The redactor: each pass is registered while its handoff lives. */
  readonly secrets: SecretRegistry;
  /** Read when a handoff opens, so a settings change never alters one on screen. */
  readonly settings: () => HandoffSettings;
  /** Where `handoff.hidden` and `clipboard.changed` go. */
  readonly emit: EventSink;
  /**
   * The customer display, whether policy puts passes on it (read as each handoff opens), and
   * whether the pass is the demo tenant's (the customer page then says so).
   */
  readonly customerDisplay?: {
    readonly screen: CustomerScreen;
    readonly wanted: () => boolean;
    readonly demo?: () => boolean;
  };
}

type HideReason = 'timeout' | 'blur' | 'lock' | 'quit' | 'closed';

export interface HandoffSessions extends HandoffService {
  /** Starts a handoff; the returned view is the only time the pass leaves main. */
  open(pass: string, meta: HandoffMeta): Handoff;
  /** Window lost focus or was minimised. */
  onBlur(): void;
  /** The screen was locked. */
  onLock(): void;
  /** The app is quitting. */
  onQuit(): void;
  /** The customer display went away (unplugged, its window closed): its pass hides. */
  onCustomerDisplayLost(): void;
  /** The open handoff's id, if one is on screen. */
  current(): string | undefined;
  /** Resolves once the last clipboard take-back has finished (quit waits for it). */
  settled(): Promise<void>;
  /** How many passes main holds right now (0 after every hide). */
  heldPasses(): number;
}

interface Live {
  readonly id: string;
  readonly settings: HandoffSettings;
  readonly cancelAutoHide: () => void;
  /** Shown on the customer display: wiped there on every way out, never copied at the desk. */
  readonly onCustomerDisplay: boolean;
}

/** Creates the handoff use case over its ports. */
export function createHandoffSessions(options: HandoffSessionOptions): HandoffSessions {
  const { clock, window, emit } = options;
  const customer = options.customerDisplay;
  const vault = createHandoffVault(options.secrets);
  const guard = createClipboardGuard({
    clipboard: options.clipboard,
    clock,
    onChange: (change) => emit('clipboard.changed', change),
  });
  // One pass on screen at a time: opening a second handoff hides the first.
  let live: Live | undefined;
  let protectedNow = false;
  /** The latest clipboard take-back; quit waits for it. */
  let releasing: Promise<void> = Promise.resolve();
  const releaseClipboard = (): void => {
    releasing = guard.release();
  };

  const hide = (id: string, reason: HideReason): void => {
    if (live?.id !== id || !vault.wipe(id)) return;
    live.cancelAutoHide();
    if (live.onCustomerDisplay) customer?.screen.wipe(id);
    live = undefined;
    releaseClipboard();
    if (protectedNow) {
      window.setContentProtection(false);
      protectedNow = false;
    }
    emit('handoff.hidden', { handoffId: id, reason });
  };

  const hideCurrent = (reason: HideReason): void => {
    if (live) hide(live.id, reason);
    releaseClipboard();
  };

  return {
    open(pass, meta) {
      hideCurrent('closed');
      const settings = options.settings();
      const id = vault.put(pass);
      const displayMs = settings.displaySeconds * 1000;
      const common = { handoffId: id, meta, hideAt: new Date(clock.now() + displayMs).toISOString() };
      const startAutoHide = () => clock.setTimeout(() => hide(id, 'timeout'), displayMs);
      const placement = placePass(customer?.wanted() === true, customer?.screen.attached() === true);
      let notAttached = placement.on === 'desk' ? placement.customerDisplay : undefined;
      if (customer && placement.on === 'customer-display') {
        if (customer.screen.show(customerPassView(common, pass, settings, customer.demo?.() === true))) {
          live = { id, settings, cancelAutoHide: startAutoHide(), onCustomerDisplay: true };
          return customerDisplayHandoff(common, customer.screen.contentProtectionSupported);
        }
        // Gone between the check and the show: the desk shows it, and says why.
        notAttached = 'not-attached';
      }
      const protect = !settings.allowScreenCapture;
      // Asked for even where unsupported (it does no harm), but only claimed where it works.
      const captureProtection = !protect
        ? 'allowed-by-policy'
        : window.contentProtectionSupported
          ? 'on'
          : 'unavailable';
      if (protect) {
        window.setContentProtection(true);
        protectedNow = true;
      }
      live = { id, settings, cancelAutoHide: startAutoHide(), onCustomerDisplay: false };
      return deskHandoff(common, pass, settings, captureProtection, notAttached);
    },
    async copy({ handoffId }) {
      const pass = vault.read(handoffId);
      if (live?.id === handoffId && live.onCustomerDisplay) throw copyNotAtDesk();
      if (live?.id === handoffId && !live.settings.allowCopy) throw copyTurnedOff();
      const seconds =
        live?.settings.clipboardClearSeconds ?? options.settings().clipboardClearSeconds;
      const copied = await guard.copy(pass, seconds);
      // The write is asynchronous: a hide (blur, lock, timeout) that lands during it found nothing
      // of ours to take back, and the pass would stay for the full timer. Take it back now.
      if (!vault.has(handoffId)) {
        releaseClipboard();
        await releasing;
        vault.read(handoffId); // throws handoff-gone: the copy did not outlive its handoff
      }
      return copied;
    },
    async close({ handoffId, reason }) {
      // Closing twice (the renderer's own timer racing ours) is not an error.
      hide(handoffId, reason === 'timeout' || reason === 'blur' ? reason : 'closed');
      await releasing;
      return null;
    },
    settled: () => releasing,
    onBlur: () => hideCurrent('blur'),
    onLock: () => hideCurrent('lock'),
    onQuit: () => {
      hideCurrent('quit');
      vault.wipeAll();
    },
    onCustomerDisplayLost: () => {
      if (live?.onCustomerDisplay) hide(live.id, 'closed');
    },
    // The read-aloud spelling, for a technician whose person cannot read the display.
    spell: async ({ handoffId }) => ({ phonetic: spellPhonetic(vault.read(handoffId)) }),
    current: () => live?.id,
    heldPasses: () => vault.size(),
  };
}
