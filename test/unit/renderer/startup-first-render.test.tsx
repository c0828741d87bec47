import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppInfo, ConfigView, Session } from '../../../preload/contract';
import { App } from '../../../renderer/app';
import { BridgeContext } from '../../../renderer/bridge';
import { SessionProvider } from '../../../renderer/session/session-provider';
import { StartupRepliesContext } from '../../../renderer/session/startup-context';
import {
  withStartupReplies,
  type StartupBridge,
} from '../../../renderer/session/startup-replies';
import { createFakeBridge, ok } from './fake-bridge';
import './render-with-bridge';

const info: AppInfo = {
  name: 'TAP Desk',
  version: '0.0.0',
  mode: 'tenant',
  tenantId: '4f0c8a7e-3b6d-4e21-9c5a-7d2e1f0b6a94',
  tokenCache: 'encrypted',
};
const signedOut: Session = { state: 'signed-out' };
const config = { problems: [] } as unknown as ConfigView;

const signInButton = { name: 'Sign in with your work account' } as const;

function startupFake() {
  return createFakeBridge({
    'app.info': () => ok(info),
    'auth.status': () => ok(signedOut),
    'config.get': () => ok(config),
  });
}

/** Mounts the app as main.tsx does, lending the early replies only when `lend` is set. */
function mount(bridge: StartupBridge, lend: boolean) {
  const app = (
    <BridgeContext.Provider value={bridge}>
      <SessionProvider>
        <App />
      </SessionProvider>
    </BridgeContext.Provider>
  );
  render(
    lend ? (
      <StartupRepliesContext.Provider value={bridge.peek}>{app}</StartupRepliesContext.Provider>
    ) : (
      app
    ),
  );
}

describe('the first render', () => {
  it('is the sign-in screen itself when the startup replies are in hand', async () => {
    const fake = startupFake();
    const bridge = withStartupReplies(fake.bridge);
    await bridge.settled;
    mount(bridge, true);
    // Synchronously after the first commit: no spinner came first.
    expect(screen.queryByText('Starting TAP Desk…')).toBeNull();
    expect(screen.getByRole('button', signInButton)).toBeTruthy();
    // The hooks' own first invokes still took the early replies: main was asked once each.
    await screen.findByRole('button', signInButton);
    expect(fake.callsOf('app.info')).toHaveLength(1);
    expect(fake.callsOf('auth.status')).toHaveLength(1);
    expect(fake.callsOf('config.get')).toHaveLength(1);
  });

  it('without the replies lent, starts from the spinner and reaches the same screen', async () => {
    const bridge = withStartupReplies(startupFake().bridge);
    await bridge.settled;
    mount(bridge, false);
    expect(screen.getByText('Starting TAP Desk…')).toBeTruthy();
    expect(await screen.findByRole('button', signInButton)).toBeTruthy();
  });

  it('does not start from a session reply an event has since made stale: it asks main again', async () => {
    const fake = startupFake();
    const bridge = withStartupReplies(fake.bridge);
    await bridge.settled;
    fake.emit('session.changed', signedOut);
    mount(bridge, true);
    expect(screen.queryByRole('button', signInButton)).toBeNull();
    expect(screen.getByText('Checking your sign-in…')).toBeTruthy();
    expect(await screen.findByRole('button', signInButton)).toBeTruthy();
    expect(fake.callsOf('auth.status')).toHaveLength(2);
  });
});
