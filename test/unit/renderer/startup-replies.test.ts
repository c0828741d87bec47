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
