import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../fakes/manual-clock';
import { createClipboardGuard, type ClipboardChange } from '../../../main/handoff/clipboard-guard';
import { createMemoryClipboard, settle } from './fakes';

function setup() {
  const clock = createManualClock(Date.parse('2026-11-26T09:00:00Z'));
  const clipboard = createMemoryClipboard();
  const changes: ClipboardChange[] = [];
  const guard = createClipboardGuard({ clipboard, clock, onChange: (c) => changes.push(c) });
  return { clock, clipboard, changes, guard };
}

describe('createClipboardGuard', () => {
  it('writes the value and clears it after N seconds', async () => {
    const { clock, clipboard, changes, guard } = setup();
    expect(await guard.copy('P4ss!word', 30)).toEqual({ clearsAt: '2026-11-26T09:00:30.000Z' });
    expect(clipboard.text).toBe('P4ss!word');
    clock.advance(29_999);
    await settle();
    expect(clipboard.text).toBe('P4ss!word');
    clock.advance(1);
    await settle();
    expect(clipboard.text).toBe('');
    expect(changes).toEqual([
      { state: 'holding', clearsAt: '2026-11-26T09:00:30.000Z' },
      { state: 'cleared' },
    ]);
    expect(guard.holding()).toBe(false);
  });

  it('leaves the clipboard alone when something else was copied meanwhile', async () => {
    const { clock, clipboard, changes, guard } = setup();
    await guard.copy('P4ss!word', 30);
    clock.advance(10_000);
    await settle();
    await clipboard.writeText('the technician copied a ticket number');
    clock.advance(20_000);
    await settle();
    expect(clipboard.text).toBe('the technician copied a ticket number');
    expect(changes.at(-1)).toEqual({ state: 'replaced-by-other' });
  });

  it('restarts the countdown on a second copy', async () => {
    const { clock, clipboard, guard } = setup();
    await guard.copy('P4ss!word', 30);
    clock.advance(20_000);
    await settle();
    expect((await guard.copy('P4ss!word', 30)).clearsAt).toBe('2026-11-26T09:00:50.000Z');
    clock.advance(15_000);
    await settle();
    expect(clipboard.text).toBe('P4ss!word');
    clock.advance(15_000);
    await settle();
    expect(clipboard.text).toBe('');
  });

  it('release clears at once, only if the value is still ours, and only once', async () => {
    const { clock, clipboard, changes, guard } = setup();
    await guard.copy('P4ss!word', 30);
    await guard.release();
    expect(clipboard.text).toBe('');
    await clipboard.writeText('later copy');
    clock.advance(60_000);
    await settle();
    await guard.release();
    expect(clipboard.text).toBe('later copy');
    expect(changes.filter((c) => c.state !== 'holding')).toEqual([{ state: 'cleared' }]);
  });

  it('release does nothing when we never copied', async () => {
    const { clipboard, changes, guard } = setup();
    await clipboard.writeText('not ours');
    await guard.release();
    expect(clipboard.text).toBe('not ours');
    expect(changes).toEqual([]);
  });
});
