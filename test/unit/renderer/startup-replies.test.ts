import { describe, expect, it } from 'vitest';
import type { Session } from '../../../preload/contract';
import { withStartupReplies } from '../../../renderer/session/startup-replies';
import { createFakeBridge, ok } from './fake-bridge';

const signedOut: Session = { state: 'signed-out' };

describe('withStartupReplies', () => {
  it('asks the startup questions at once and answers each first invoke from that reply', async () => {
    const fake = createFakeBridge({ 'auth.status': () => ok(signedOut) });
    const bridge = withStartupReplies(fake.bridge);
    expect(fake.calls.map((c) => c.command).sort()).toEqual([
      'app.info',
      'auth.status',
      'config.get',
    ]);
    expect(await bridge.invoke('auth.status', {})).toEqual(ok(signedOut));
    expect(fake.callsOf('auth.status')).toHaveLength(1);
    // Later invokes ask main again: the early reply is used once.
    await bridge.invoke('auth.status', {});
    expect(fake.callsOf('auth.status')).toHaveLength(2);
  });

  it('asks again when an event came after the early request: the reply may be older', async () => {
    const fake = createFakeBridge({ 'auth.status': () => ok(signedOut) });
    const bridge = withStartupReplies(fake.bridge);
    fake.emit('session.changed', signedOut);
    await bridge.invoke('auth.status', {});
    expect(fake.callsOf('auth.status')).toHaveLength(2);
  });

  it('asks again when the early request failed', async () => {
    let attempts = 0;
    const fake = createFakeBridge({
      'auth.status': () => {
        attempts += 1;
        if (attempts === 1) throw new Error('channel closed');
        return ok(signedOut);
      },
    });
    const bridge = withStartupReplies(fake.bridge);
    expect(await bridge.invoke('auth.status', {})).toEqual(ok(signedOut));
    expect(attempts).toBe(2);
  });

  it('passes every other command straight through', async () => {
    const fake = createFakeBridge({ 'auth.signOut': () => ok(signedOut) });
    const bridge = withStartupReplies(fake.bridge);
    expect(await bridge.invoke('auth.signOut', {})).toEqual(ok(signedOut));
    expect(fake.callsOf('auth.signOut')).toHaveLength(1);
  });
});

describe('withStartupReplies: lending replies to the first render', () => {
  it('lends a reply once it has arrived, and no longer once an invoke has taken it', async () => {
    const fake = createFakeBridge({ 'auth.status': () => ok(signedOut) });
    const bridge = withStartupReplies(fake.bridge);
    expect(bridge.peek('auth.status')).toBeUndefined(); // still on its way
    await bridge.settled;
    expect(bridge.peek('auth.status')).toEqual(ok(signedOut));
    expect(bridge.peek('auth.status')).toEqual(ok(signedOut)); // looking does not take it
    await bridge.invoke('auth.status', {});
    expect(bridge.peek('auth.status')).toBeUndefined();
  });

  it('lends nothing an event has made stale, nor a request that failed', async () => {
    const fake = createFakeBridge({
      'auth.status': () => ok(signedOut),
      'config.get': () => {
        throw new Error('channel closed');
      },
    });
    const bridge = withStartupReplies(fake.bridge);
    await bridge.settled;
    fake.emit('session.changed', signedOut);
    expect(bridge.peek('auth.status')).toBeUndefined();
    expect(bridge.peek('config.get')).toBeUndefined();
  });

  it('settles when every early reply has arrived or failed', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const fake = createFakeBridge({
      'app.info': async () => {
        await held;
        return { ok: false, error: { code: 'internal', message: 'Down.' } };
      },
    });
    const bridge = withStartupReplies(fake.bridge);
    let settled = false;
    void bridge.settled.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    release();
    await bridge.settled;
    expect(bridge.peek('app.info')).toEqual({ ok: false, error: { code: 'internal', message: 'Down.' } });
  });
});
