/**
 * Both sides of the customer display in the renderer (issue 19 item 3). The customer page shows
 * the pass main sends and drops it on a wipe or when its time is up. The technician's screen
 * says where the pass is, never holds it, and asks main for the spelling only when the
 * technician does.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { CustomerDisplayHandoff, CustomerPassView } from '../../../preload/contract';
import { CustomerDisplayPage } from '../../../renderer/customer-display/customer-display-page';
import { createCustomerPassStore } from '../../../renderer/customer-display/customer-pass-store';
import { CustomerDisplayScreen } from '../../../renderer/features/handoff/customer-display-screen';
import { createFakeBridge, ok } from './fake-bridge';
import { canaryPass, handoff } from './fixtures';
import { renderWithBridge } from './render-with-bridge';

const handoffId = '3f2b8a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

function passView(hideInMs = 60_000): CustomerPassView {
  return {
    handoffId,
    pass: canaryPass,
    userPrincipalName: 'alice@contoso.test',
    hideAt: new Date(Date.now() + hideInMs).toISOString(),
    showQr: true,
    demo: false,
  };
}

function customerHandoff(): CustomerDisplayHandoff {
  const { handoffId: id, userPrincipalName, userDisplayName, tap, replaced, hideAt } = handoff();
  return { shownOn: 'customer-display', handoffId: id, userPrincipalName, userDisplayName, tap, replaced, hideAt, captureProtection: 'on' };
}

describe('the customer page', () => {
  it('shows the pass and its QR code when main sends it, and nothing once it is wiped', () => {
    const fake = createFakeBridge();
    const store = createCustomerPassStore(fake.bridge);
    const { container } = render(<CustomerDisplayPage store={store} />);
    expect(screen.getByText('Your pass appears here when the technician creates it.')).toBeTruthy();
    act(() => fake.emit('customerDisplay.show', passView()));
    expect(screen.getByRole('group', { name: 'Temporary Access Pass' }).textContent).toBe(canaryPass);
    expect(screen.getByRole('img', { name: 'QR code of your pass' })).toBeTruthy();
    act(() => fake.emit('customerDisplay.wipe', { handoffId: 'some-other-handoff' }));
    expect(screen.queryByRole('group', { name: 'Temporary Access Pass' })).not.toBeNull();
    act(() => fake.emit('customerDisplay.wipe', { handoffId }));
    expect(screen.queryByRole('group', { name: 'Temporary Access Pass' })).toBeNull();
    expect(container.innerHTML).not.toContain(canaryPass.slice(0, 4));
    expect(store.get()).toBeNull();
  });

  it('drops the pass on its own when its time is up, even if main never says so', () => {
    vi.useFakeTimers();
    try {
      const fake = createFakeBridge();
      const store = createCustomerPassStore(fake.bridge);
      render(<CustomerDisplayPage store={store} />);
      act(() => fake.emit('customerDisplay.show', passView(5_000)));
      expect(store.get()).not.toBeNull();
      act(() => vi.advanceTimersByTime(5_000));
      expect(store.get()).toBeNull();
      expect(screen.queryByRole('group', { name: 'Temporary Access Pass' })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the technician screen while the pass is on the customer display', () => {
  it('says where the pass is, with the timer and controls, and holds no pass', () => {
    const fake = createFakeBridge();
    const { container } = renderWithBridge(
      <CustomerDisplayScreen handoff={customerHandoff()} nowMs={Date.now()} onHandedOver={vi.fn()} onHide={vi.fn()} />,
      fake.bridge,
    );
    expect(screen.getByRole('status', { name: 'Where the pass is' }).textContent).toContain('Shown on the customer display');
    expect(screen.getByRole('timer').textContent).toMatch(/^Hides in \d+ s$/);
    expect(screen.getByRole('button', { name: 'Handed over' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hide now' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
    expect(container.innerHTML).not.toContain(canaryPass);
    expect(fake.calls).toEqual([]);
  });

  it('asks main for the spelling only when the technician does, then shows it', async () => {
    const fake = createFakeBridge({ 'handoff.spell': () => ok({ phonetic: ['capital X-ray', 'lower-case yankee', 'seven', 'hash'] }) });
    renderWithBridge(
      <CustomerDisplayScreen handoff={customerHandoff()} nowMs={Date.now()} onHandedOver={vi.fn()} onHide={vi.fn()} />,
      fake.bridge,
    );
    expect(fake.callsOf('handoff.spell')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Show the spelling to read aloud' }));
    expect(await screen.findByRole('list', { name: 'Phonetic spelling, group by group' })).toBeTruthy();
    expect(fake.callsOf('handoff.spell')).toEqual([{ handoffId }]);
    expect(screen.getByText('capital X-ray · lower-case yankee · seven · hash')).toBeTruthy();
  });

  it('Esc hides, as on the desk handoff', () => {
    const onHide = vi.fn();
    renderWithBridge(
      <CustomerDisplayScreen handoff={customerHandoff()} nowMs={Date.now()} onHandedOver={vi.fn()} onHide={onHide} />,
      createFakeBridge().bridge,
    );
    fireEvent.keyDown(screen.getByRole('region', { name: /Temporary Access Pass for/ }), { key: 'Escape' });
    expect(onHide).toHaveBeenCalledOnce();
  });
});
