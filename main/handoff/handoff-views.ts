/**
 * What each audience gets of one handoff. The desk's view carries the pass only when the pass is
 * shown at the desk; when it goes to the customer display, the desk's view has no pass and no
 * spelling, and only the customer window's view carries the value.
 */
import type {
  CustomerDisplayHandoff,
  CustomerPassView,
  DeskHandoff,
  HandoffSettings,
} from '../../preload/contract';
import type { HandoffMeta } from './handoff-session';
import { spellPhonetic } from './format';

/** Where a pass is shown, decided once as its handoff opens. */
export type Placement =
  | { readonly on: 'desk'; readonly customerDisplay?: 'not-attached' }
  | { readonly on: 'customer-display' };

/**
 * The customer display when policy asks for it and one is attached; otherwise the desk, saying
 * so when policy asked: the screen never claims a customer display that is not there.
 */
export function placePass(wanted: boolean, attached: boolean): Placement {
  if (!wanted) return { on: 'desk' };
  return attached ? { on: 'customer-display' } : { on: 'desk', customerDisplay: 'not-attached' };
}

interface Common {
  readonly handoffId: string;
  readonly meta: HandoffMeta;
  readonly hideAt: string;
}

const shared = ({ handoffId, meta, hideAt }: Common) => ({
  handoffId,
  userPrincipalName: meta.userPrincipalName,
  userDisplayName: meta.userDisplayName,
  tap: meta.tap,
  replaced: meta.replaced,
  hideAt,
  ...(meta.requestId === undefined ? {} : { requestId: meta.requestId }),
});

/** The desk's view of a pass shown at the desk: the pass, its spelling and the controls. */
export function deskHandoff(
  common: Common,
  pass: string,
  settings: HandoffSettings,
  captureProtection: DeskHandoff['captureProtection'],
  customerDisplay?: 'not-attached',
): DeskHandoff {
  return {
    shownOn: 'this-screen',
    ...shared(common),
    pass,
    phonetic: spellPhonetic(pass),
    showQr: settings.showQr,
    contentProtected: captureProtection === 'on',
    captureProtection,
    copyAllowed: settings.allowCopy,
    ...(customerDisplay === undefined ? {} : { customerDisplay }),
  };
}

/** The desk's view of a pass on the customer display: everything but the pass. */
export function customerDisplayHandoff(
  common: Common,
  protectionSupported: boolean,
): CustomerDisplayHandoff {
  return {
    shownOn: 'customer-display',
    ...shared(common),
    captureProtection: protectionSupported ? 'on' : 'unavailable',
  };
}

/** The customer window's view: the pass, grouped and as a QR code, and when it goes. */
export function customerPassView(
  common: Common,
  pass: string,
  settings: HandoffSettings,
  demo: boolean,
): CustomerPassView {
  return {
    handoffId: common.handoffId,
    pass,
    userPrincipalName: common.meta.userPrincipalName,
    hideAt: common.hideAt,
    showQr: settings.showQr,
    demo,
  };
}
