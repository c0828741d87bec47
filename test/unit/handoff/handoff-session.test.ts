import { describe, expect, it } from 'vitest';
import type { EventName, Events, HandoffSettings, TapInfo } from '../../../preload/contract';
import { createManualClock } from '../../fakes/manual-clock';
import { createHandoffSessions } from '../../../main/handoff/handoff-session';
import { atDesk } from '../../fakes/desk-handoff';
import { createLogger } from '../../../main/log/logger';
import { createRedactor } from '../../../main/log/redactor';
import { AppFailure } from '../../../main/kernel/result';
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
const meta = {
  userPrincipalName: 'adele@contoso.test',
  userDisplayName: 'Adele Vance',
  tap,
  replaced: false,
};

function setup(overrides: Partial<HandoffSettings> = {}, protectionSupported = true) {
  const clock = createManualClock(Date.parse('2026-11-26T09:00:00Z'));
  const clipboard = createMemoryClipboard();
  const window = createRecordingWindow(protectionSupported);
  const redactor = createRedactor();
  const events: { event: EventName; payload: unknown }[] = [];
  const settings: HandoffSettings = {
    displaySeconds: 120,
    clipboardClearSeconds: 30,
    showQr: true,
    allowScreenCapture: false,
    allowCopy: true,
    ...overrides,
  };
  const sessions = createHandoffSessions({
    clock,
    clipboard,
    window,
    secrets: redactor,
    settings: () => settings,
    emit: (event, payload) => void events.push({ event, payload }),
  });
  const of = <E extends EventName>(name: E) =>
    events.filter((e) => e.event === name).map((e) => e.payload as Events[E]);
  return { clock, clipboard, window, redactor, sessions, of };
}

async function failureCode(promise: Promise<unknown>): Promise<string | undefined> {
  const error: unknown = await promise.catch((e: unknown) => e);
  return error instanceof AppFailure ? error.code : undefined;
}

describe('createHandoffSessions', () => {
  it('opens a handoff with the view data, phonetic spelling and hide time', () => {
    const { sessions } = setup();
    const handoff = atDesk(sessions.open(PASS, { ...meta, requestId: 'req-9' }));
    expect(handoff).toMatchObject({
      pass: PASS,
      userPrincipalName: 'adele@contoso.test',
      hideAt: '2026-11-26T09:02:00.000Z',
      showQr: true,
      contentProtected: true,
      requestId: 'req-9',
    });
    expect(handoff.phonetic).toHaveLength(PASS.length);
    expect(handoff.phonetic.slice(0, 4)).toEqual([
      'capital Hotel',
      'lower-case x-ray',
      'seven',
      'plus sign',
    ]);
    expect(sessions.current()).toBe(handoff.handoffId);
  });

  it('auto-hides after displaySeconds: the pass is wiped and copy is impossible', async () => {
    const { clock, sessions, of } = setup();
    const { handoffId } = sessions.open(PASS, meta);
    clock.advance(119_999);
    await settle();
    expect(sessions.heldPasses()).toBe(1);
    clock.advance(1);
    await settle();
    expect(sessions.heldPasses()).toBe(0);
    expect(sessions.current()).toBeUndefined();
    expect(of('handoff.hidden')).toEqual([{ handoffId, reason: 'timeout' }]);
    expect(await failureCode(sessions.copy({ handoffId }))).toBe('handoff-gone');
  });

  it('copies through main and clears after clipboardClearSeconds', async () => {
    const { clock, clipboard, sessions, of } = setup();
    const { handoffId } = sessions.open(PASS, meta);
    expect(await sessions.copy({ handoffId })).toEqual({ clearsAt: '2026-11-26T09:00:30.000Z' });
    expect(clipboard.text).toBe(PASS);
    clock.advance(30_000);
    await settle();
    expect(clipboard.text).toBe('');
    expect(of('clipboard.changed')).toEqual([
      { state: 'holding', clearsAt: '2026-11-26T09:00:30.000Z' },
      { state: 'cleared' },
    ]);
  });

  it('writes the pass as a secret (the concealed clipboard formats), never as plain text', async () => {
    const { clipboard, sessions } = setup();
    const { handoffId } = sessions.open(PASS, meta);
    await sessions.copy({ handoffId });
    expect(clipboard.concealed).toBe(true);
  });

  it('a hide that lands while the clipboard is being written takes the pass back at once', async () => {
    const { clock, clipboard, sessions, of } = setup();
    const { handoffId } = sessions.open(PASS, meta);
    // The OS clipboard answers slowly; the window loses focus before the write returns.
    let finishWrite!: () => void;
    const slowWrite = clipboard.writeSecret.bind(clipboard);
    clipboard.writeSecret = (value) =>
      new Promise<void>((resolve) => {
        finishWrite = () => void slowWrite(value).then(resolve);
      });
    const copying = sessions.copy({ handoffId });
    await settle();
    sessions.onBlur();
    finishWrite();
    expect(await failureCode(copying)).toBe('handoff-gone');
    expect(clipboard.text).toBe('');
    expect(of('clipboard.changed').at(-1)).toEqual({ state: 'cleared' });
    // Nothing is left for a timer to find later.
    clock.advance(30_000);
    await settle();
    expect(clipboard.text).toBe('');
  });

  it('does not clear the clipboard when something else was copied meanwhile', async () => {
    const { clock, clipboard, sessions, of } = setup();
    const { handoffId } = sessions.open(PASS, meta);
    await sessions.copy({ handoffId });
    await clipboard.writeText('INC0042');
    clock.advance(30_000);
    await settle();
    expect(clipboard.text).toBe('INC0042');
    expect(of('clipboard.changed').at(-1)).toEqual({ state: 'replaced-by-other' });
  });

  it.each([
    ['lock', 'onLock'],
    ['quit', 'onQuit'],
    ['blur', 'onBlur'],
  ] as const)('on %s: hides, wipes and clears the clipboard at once', async (reason, method) => {
    const { clipboard, sessions, of } = setup();
    const { handoffId } = sessions.open(PASS, meta);
    await sessions.copy({ handoffId });
    sessions[method]();
    await settle();
    expect(clipboard.text).toBe('');
    expect(sessions.heldPasses()).toBe(0);
    expect(of('handoff.hidden')).toEqual([{ handoffId, reason }]);
    expect(of('clipboard.changed').at(-1)).toEqual({ state: 'cleared' });
  });

  it('on lock after the technician copied something else: hides but leaves their clipboard', async () => {
    const { clipboard, sessions } = setup();
    const { handoffId } = sessions.open(PASS, meta);
    await sessions.copy({ handoffId });
    await clipboard.writeText('their own text');
    sessions.onLock();
    await settle();
    expect(clipboard.text).toBe('their own text');
  });

  it('close by the technician wipes the pass, clears the clipboard, and is idempotent', async () => {
    const { clipboard, sessions, of } = setup();
    const { handoffId } = sessions.open(PASS, meta);
    await sessions.copy({ handoffId });
    expect(await sessions.close({ handoffId, reason: 'handed-over' })).toBeNull();
    expect(clipboard.text).toBe('');
    expect(await sessions.close({ handoffId, reason: 'hidden' })).toBeNull();
    expect(of('handoff.hidden')).toEqual([{ handoffId, reason: 'closed' }]);
    // "Reveal again" is impossible: nothing in main can give the value back.
    expect(await failureCode(sessions.copy({ handoffId }))).toBe('handoff-gone');
    expect(sessions.heldPasses()).toBe(0);
  });

  it('turns content protection on while the pass is shown and off after', async () => {
    const { window, sessions } = setup();
    const { handoffId } = sessions.open(PASS, meta);
    expect(window.calls).toEqual([true]);
    await sessions.close({ handoffId, reason: 'hidden' });
    expect(window.calls).toEqual([true, false]);
  });

  it('where the OS cannot block capture (Linux), never claims protection: the screen warns', () => {
    const { sessions } = setup({}, false);
    const handoff = atDesk(sessions.open(PASS, meta));
    expect(handoff.contentProtected).toBe(false);
    expect(handoff.captureProtection).toBe('unavailable');
  });

  it('says whether protection is on or allowed off by policy', () => {
    expect(setup().sessions.open(PASS, meta).captureProtection).toBe('on');
    expect(setup({ allowScreenCapture: true }).sessions.open(PASS, meta).captureProtection).toBe(
      'allowed-by-policy',
    );
  });

  it('with Copy turned off by policy: no Copy offered, and main refuses a copy anyway', async () => {
    const { clipboard, sessions } = setup({ allowCopy: false });
    const handoff = atDesk(sessions.open(PASS, meta));
    expect(handoff.copyAllowed).toBe(false);
    expect(await failureCode(sessions.copy({ handoffId: handoff.handoffId }))).toBe('forbidden');
    expect(clipboard.history).toEqual([]);
  });

  it('leaves content protection alone when policy allows screen capture', async () => {
    const { window, sessions } = setup({ allowScreenCapture: true });
    const handoff = atDesk(sessions.open(PASS, meta));
    expect(handoff.contentProtected).toBe(false);
    await sessions.close({ handoffId: handoff.handoffId, reason: 'hidden' });
    expect(window.calls).toEqual([]);
  });

  it('shows one pass at a time: opening another hides the first', async () => {
    const { sessions, window, of } = setup();
    const first = sessions.open(PASS, meta);
    const second = sessions.open('Second+Pass2', meta);
    expect(of('handoff.hidden')).toEqual([{ handoffId: first.handoffId, reason: 'closed' }]);
    expect(sessions.current()).toBe(second.handoffId);
    expect(sessions.heldPasses()).toBe(1);
    expect(window.protectedNow()).toBe(true);
  });

  it('a stale auto-hide timer of a closed handoff does not hide the next one', async () => {
    const { clock, sessions } = setup();
    const first = sessions.open(PASS, meta);
    clock.advance(60_000);
    await settle();
    void sessions.close({ handoffId: first.handoffId, reason: 'hidden' });
    const second = sessions.open('Second+Pass2', meta);
    clock.advance(60_000);
    await settle(); // the first handoff's timer would have fired here
    expect(sessions.current()).toBe(second.handoffId);
  });

  it('keeps the pass out of the logs while it lives', () => {
    const { redactor, sessions } = setup();
    const lines: string[] = [];
    const logger = createLogger({
      redactor,
      destination: { write: (l: string) => void lines.push(l) },
    });
    const handoff = atDesk(sessions.open(PASS, meta));
    logger.info({ handoff }, 'minted');
    logger.info(`reply ${JSON.stringify({ ...handoff, phonetic: undefined })}`);
    expect(lines.join('')).not.toContain(PASS);
    expect(lines.join('')).not.toContain('Hx7');
    // The phonetic spelling is the pass too.
    expect(lines.join('')).not.toContain('capital Hotel');
  });
});
