import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DemoTechnician, Reply, Session } from '../../../preload/contract';
import { BridgeContext } from '../../../renderer/bridge';
import { SignInView } from '../../../renderer/features/sign-in/sign-in-view';
import { useSignIn } from '../../../renderer/features/sign-in/use-sign-in';
import { SessionProvider, useSession } from '../../../renderer/session/session-provider';
import { createFakeBridge, deferred, ok } from './fake-bridge';
import './render-with-bridge';

const priya: DemoTechnician = {
  upn: 'priya@contoso.example',
  displayName: 'Priya Natarajan',
  roles: ['Privileged Authentication Administrator'],
  description: 'May issue a pass to anyone.',
};
const sam: DemoTechnician = {
  upn: 'sam@contoso.example',
  displayName: 'Sam Okafor',
  roles: [],
  description: 'Every TAP call is refused.',
};

function renderView(props: { technicians: readonly DemoTechnician[]; reason?: boolean }) {
  const onSignIn = vi.fn();
  render(
    <SignInView
      session={{ state: 'signed-out' }}
      reason={props.reason ? { code: 'interaction-required', message: 'Expired.' } : null}
      error={null}
      busy={false}
      technicians={props.technicians}
      onSignIn={onSignIn}
      onCancel={() => undefined}
    />,
  );
  return onSignIn;
}

describe('SignInView', () => {
  it('in demo mode signs in the first technician unless another is picked', () => {
    const onSignIn = renderView({ technicians: [priya, sam] });
    const picker = screen.getByRole('combobox', { name: 'Sign in as' });
    expect(picker.textContent).toContain('Priya Natarajan');
    expect(screen.getByText('May issue a pass to anyone.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Sign in with your work account' }));
    expect(onSignIn).toHaveBeenLastCalledWith({ flow: 'browser', demoTechnician: priya.upn });

    fireEvent.click(picker);
    const option = screen.getByRole('option', { name: /Sam Okafor/ });
    expect(option.textContent).toContain('No admin role');
    fireEvent.click(option);
    expect(screen.getByRole('combobox', { name: 'Sign in as' }).textContent).toContain(
      'Sam Okafor',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Use a code instead' }));
    expect(onSignIn).toHaveBeenLastCalledWith({ flow: 'device-code', demoTechnician: sam.upn });
  });

  it('has no picker on a real tenant, and sends the flow only', () => {
    const onSignIn = renderView({ technicians: [] });
    expect(screen.queryByRole('combobox', { name: 'Sign in as' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with your work account' }));
    expect(onSignIn).toHaveBeenLastCalledWith({ flow: 'browser' });
  });

  it('signing in again keeps the same person: no picker, no technician sent', () => {
    const onSignIn = renderView({ technicians: [priya, sam], reason: true });
    expect(screen.getByRole('heading', { name: 'Sign in again' })).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Sign in as' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with your work account' }));
    expect(onSignIn).toHaveBeenLastCalledWith({ flow: 'browser' });
  });
});

describe('SignInView with a device code', () => {
  it('shows the code and hides the picker: whoever enters the code decides who signs in', () => {
    render(
      <SignInView
        session={{
          state: 'signing-in',
          deviceCode: {
            userCode: 'ABC123XYZ',
            verificationUri: 'https://login.example/device',
            message: 'Enter the code.',
            expiresAt: '2026-01-01T00:15:00Z',
          },
        }}
        reason={null}
        error={null}
        busy={false}
        technicians={[priya, sam]}
        onSignIn={() => undefined}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getByLabelText('Code A B C 1 2 3 X Y Z').textContent).toBe('ABC123XYZ');
    expect(screen.queryByRole('combobox', { name: 'Sign in as' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Cancel sign-in' })).toBeTruthy();
  });
});

describe('useSignIn', () => {
  const signedIn: Session = {
    state: 'signed-in',
    technician: {
      id: 't-1',
      displayName: 'Priya Natarajan',
      userPrincipalName: priya.upn,
      tenantId: 'tenant-1',
      capability: 'everyone',
    },
  };

  it('shows the sign-out at once, before main has answered', async () => {
    const reply = deferred<Reply<Session>>();
    const fake = createFakeBridge({
      'auth.status': () => ok(signedIn),
      'auth.signOut': () => reply.promise,
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <BridgeContext.Provider value={fake.bridge}>
        <SessionProvider>{children}</SessionProvider>
      </BridgeContext.Provider>
    );
    const { result } = renderHook(() => ({ actions: useSignIn(), session: useSession() }), {
      wrapper,
    });
    await act(async () => undefined);
    expect(result.current.session.session?.state).toBe('signed-in');

    act(() => void result.current.actions.signOut());
    expect(result.current.session.session?.state).toBe('signed-out');
    await act(async () => reply.resolve(ok({ state: 'signed-out' })));
    expect(fake.callsOf('auth.signOut')).toEqual([{}]);
    expect(result.current.actions.error).toBeNull();
  });

  it('passes the demo technician through to main', async () => {
    const fake = createFakeBridge({
      'auth.status': () => ok({ state: 'signed-out' }),
      'auth.signIn': () => ok(signedIn),
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <BridgeContext.Provider value={fake.bridge}>
        <SessionProvider>{children}</SessionProvider>
      </BridgeContext.Provider>
    );
    const { result } = renderHook(() => ({ actions: useSignIn(), session: useSession() }), {
      wrapper,
    });
    await act(() => result.current.actions.signIn({ flow: 'browser', demoTechnician: sam.upn }));
    expect(fake.callsOf('auth.signIn')).toEqual([{ flow: 'browser', demoTechnician: sam.upn }]);
    expect(result.current.session.session).toEqual(signedIn);
  });
});
