import { describe, expect, it, vi } from 'vitest';
import type { AppError } from '../../../preload/contract';
import { watchSignIn } from '../../../renderer/session/session-provider';
import { createFakeBridge, ok } from './fake-bridge';

const lost: AppError = { code: 'interaction-required', message: 'Sign in again.' };

describe('watchSignIn', () => {
  it('reports replies that mean the sign-in was lost, and passes every reply through', async () => {
    const fake = createFakeBridge({
      'users.card': () => ({ ok: false, error: lost }),
      'users.search': ({ query }) => ok({ query, users: [] }),
    });
    const onLost = vi.fn();
    const bridge = watchSignIn(fake.bridge, onLost);
    expect(await bridge.invoke('users.search', { query: 'a' })).toEqual(
      ok({ query: 'a', users: [] }),
    );
    expect(onLost).not.toHaveBeenCalled();
    expect(await bridge.invoke('users.card', { user: 'x' })).toEqual({ ok: false, error: lost });
    expect(onLost).toHaveBeenCalledWith(lost);
  });

  it('ignores auth commands, whose errors the sign-in screen shows itself', async () => {
    const fake = createFakeBridge({ 'auth.signIn': () => ({ ok: false, error: lost }) });
    const onLost = vi.fn();
    await watchSignIn(fake.bridge, onLost).invoke('auth.signIn', { flow: 'browser' });
    expect(onLost).not.toHaveBeenCalled();
  });
});
