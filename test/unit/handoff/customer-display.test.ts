/**
 * The handoff with a customer display (issue 19 item 3): where policy asks and a second display
 * is attached, the pass goes there only; the desk's reply never holds it; every way out wipes
 * the display; no display means the desk shows it and says so.
 */
import { describe, expect, it } from 'vitest';
import type { EventName, Events, HandoffSettings, TapInfo } from '../../../preload/contract';
import { createHandoffSessions } from '../../../main/handoff/handoff-session';
import { createRedactor } from '../../../main/log/redactor';
import { AppFailure } from '../../../main/kernel/result';
import { createManualClock } from '../../fakes/manual-clock';
import { createFakeCustomerScreen } from './fake-customer-screen';
import { createMemoryClipboard, createRecordingWindow, settle } from './fakes';

const PASS = 'Hx7+q2Lm!9Zo';
const tap: TapInfo = {
  id: 'tap-1',
  createdDateTime: '2026-11-26T09:00:00Z',
  startDateTime: '2026-11-26T09:00:00Z',
  expiresDateTime: '2026-11-26T10:00:00Z',
  lifetimeInMinutes: 60,
  isUsableOnce: true,
  isUsable: true,
  state: 'EnabledByPolicy',
};
const meta = { userPrincipalName: 'adele@contoso.test', userDisplayName: 'Adele Vance', tap, replaced: false };
const settings: HandoffSettings = {
  displaySeconds: 120,
  clipboardClearSeconds: 30,
  showQr: true,
  allowScreenCapture: false,
  allowCopy: true,
};

function setup(options: { wanted?: boolean; attached?: boolean; demo?: boolean } = {}) {
  const clock = createManualClock(Date.parse('2026-11-26T09:00:00Z'));
  const clipboard = createMemoryClipboard();
  const window = createRecordingWindow(true);
  const screen = createFakeCustomerScreen(options.attached ?? true);
  const events: { event: EventName; payload: unknown }[] = [];
  const sessions = createHandoffSessions({
    clock,
    clipboard,
    window,
    secrets: createRedactor(),
    settings: () => settings,
    emit: (event, payload) => void events.push({ event, payload }),
    customerDisplay: { screen, wanted: () => options.wanted ?? true, demo: () => options.demo === true },
  });
  const hidden = () =>
    events.filter((e) => e.event === 'handoff.hidden').map((e) => e.payload as Events['handoff.hidden']);
  return { clock, clipboard, window, screen, sessions, hidden };
}

type Desk = ReturnType<typeof setup>;

async function failureCode(promise: Promise<unknown>): Promise<string | undefined> {
  const error: unknown = await promise.catch((e: unknown) => e);
  return error instanceof AppFailure ? error.code : undefined;
}

describe('a pass on the customer display', () => {
  it('goes to the customer display only: the desk reply carries neither the pass nor its spelling', () => {
    const { sessions, screen, window } = setup();
    const handoff = sessions.open(PASS, meta);
    expect(handoff).toMatchObject({
      shownOn: 'customer-display',
      userPrincipalName: 'adele@contoso.test',
      hideAt: '2026-11-26T09:02:00.000Z',
      captureProtection: 'on',
    });
    const reply = JSON.stringify(handoff);
    expect(reply).not.toContain(PASS);
    expect(reply).not.toContain('capital Hotel');
    expect(screen.showing).toEqual({
      handoffId: handoff.handoffId,
      pass: PASS,
      userPrincipalName: 'adele@contoso.test',
      hideAt: '2026-11-26T09:02:00.000Z',
      showQr: true,
      demo: false,
    });
    // The desk holds no pass, so its window needs no capture protection for it.
    expect(window.calls).toEqual([]);
  });

  type Leave = (s: Desk, handoffId: string) => void;
  const ways: readonly (readonly [string, Leave, string])[] = [
    ['handed over', (s, id) => void s.sessions.close({ handoffId: id, reason: 'handed-over' }), 'closed'],
    ['hidden', (s, id) => void s.sessions.close({ handoffId: id, reason: 'hidden' }), 'closed'],
    ['timed out', (s) => s.clock.advance(120_000), 'timeout'],
    ['the desk window blurred', (s) => s.sessions.onBlur(), 'blur'],
    ['the screen locked', (s) => s.sessions.onLock(), 'lock'],
    ['the app quit', (s) => s.sessions.onQuit(), 'quit'],
    ['the customer display went away', (s) => s.sessions.onCustomerDisplayLost(), 'closed'],
  ];
  it.each(ways)('is wiped from the display and from main when %s', async (_name, leave, reason) => {
    const s = setup();
    const { handoffId } = s.sessions.open(PASS, meta);
    leave(s, handoffId);
    await settle();
    expect(s.screen.showing).toBeNull();
    expect(s.screen.wiped).toEqual([handoffId]);
    expect(s.sessions.heldPasses()).toBe(0);
    expect(s.hidden()).toEqual([{ handoffId, reason }]);
  });

  it("tells the customer page when the pass is the demo tenant's, so it says so", () => {
    const { sessions, screen } = setup({ demo: true });
    sessions.open(PASS, meta);
    expect(screen.showing?.demo).toBe(true);
  });

  it('is not wiped before its time', () => {
    const { sessions, screen, clock } = setup();
    sessions.open(PASS, meta);
    clock.advance(119_999);
    expect(screen.showing?.pass).toBe(PASS);
    expect(screen.wiped).toEqual([]);
  });

  it('a second pass wipes the first from the display before it is shown', () => {
    const { sessions, screen } = setup();
    const first = sessions.open(PASS, meta);
    const second = sessions.open('Zz9!Zz9!Zz9!', meta);
    expect(screen.wiped).toEqual([first.handoffId]);
    expect(screen.showing?.handoffId).toBe(second.handoffId);
  });

  it('is never copied at the desk, whatever the copy policy says', async () => {
    const { sessions, clipboard } = setup();
    const { handoffId } = sessions.open(PASS, meta);
    expect(await failureCode(sessions.copy({ handoffId }))).toBe('forbidden');
    expect(clipboard.history).toEqual([]);
  });

  it('spells the pass out only when asked, and not once it is gone', async () => {
    const { sessions } = setup();
    const { handoffId } = sessions.open(PASS, meta);
    const { phonetic } = await sessions.spell({ handoffId });
    expect(phonetic.slice(0, 4)).toEqual(['capital Hotel', 'lower-case x-ray', 'seven', 'plus sign']);
    await sessions.close({ handoffId, reason: 'hidden' });
    expect(await failureCode(sessions.spell({ handoffId }))).toBe('handoff-gone');
  });

  it('a display lost while nothing is on it changes nothing at the desk', () => {
    const { sessions, hidden } = setup({ wanted: false });
    sessions.open(PASS, meta);
    sessions.onCustomerDisplayLost();
    expect(hidden()).toEqual([]);
    expect(sessions.heldPasses()).toBe(1);
  });
});

describe('where the pass goes instead', () => {
  it('policy off: the desk shows it, the customer display gets nothing, and nothing is claimed', () => {
    const { sessions, screen } = setup({ wanted: false });
    const handoff = sessions.open(PASS, meta);
    expect(handoff).toMatchObject({ shownOn: 'this-screen', pass: PASS });
    expect(handoff).not.toHaveProperty('customerDisplay');
    expect(screen.shows).toBe(0);
  });

  it('policy on, no second display: the desk shows it and says no display is attached', () => {
    const { sessions, screen, window } = setup({ attached: false });
    const handoff = sessions.open(PASS, meta);
    expect(handoff).toMatchObject({ shownOn: 'this-screen', pass: PASS, customerDisplay: 'not-attached' });
    expect(screen.shows).toBe(0);
    expect(window.protectedNow()).toBe(true);
  });

  it('policy on, the display gone between the check and the show: the desk shows it and says so', () => {
    const { sessions, screen } = setup();
    screen.failNextShow = true;
    const handoff = sessions.open(PASS, meta);
    expect(handoff).toMatchObject({ shownOn: 'this-screen', customerDisplay: 'not-attached' });
    expect(screen.showing).toBeNull();
  });

  it('a desk handoff is never wiped on a display it was not shown on', async () => {
    const { sessions, screen } = setup({ attached: false });
    const { handoffId } = sessions.open(PASS, meta);
    await sessions.close({ handoffId, reason: 'hidden' });
    expect(screen.wiped).toEqual([]);
  });
});
