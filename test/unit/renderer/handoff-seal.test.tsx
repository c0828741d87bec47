import { createEvent, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { DeskHandoff } from '../../../preload/contract';
import { HandoffScreen } from '../../../renderer/features/handoff/handoff-screen';
import { handoff } from './fixtures';
import './render-with-bridge';

function show(overrides: Partial<DeskHandoff> = {}) {
  render(
    <HandoffScreen
      handoff={handoff(overrides)}
      nowMs={Date.now()}
      clipboardLine={null}
      copyError={null}
      onCopy={vi.fn()}
      onHandedOver={vi.fn()}
      onHide={vi.fn()}
    />,
  );
  return screen.getByRole('region', { name: /Temporary Access Pass for/ });
}

/** Fires `type` on `target` and says whether the handoff refused its default action. */
function refused(type: 'copy' | 'cut' | 'dragStart' | 'contextMenu', target: Element): boolean {
  const event = createEvent[type](target);
  fireEvent(target, event);
  return event.defaultPrevented;
}

describe('HandoffScreen: no copy by hand', () => {
  it('refuses copy, cut, drag and the context menu on the pass, the phonetic list and the QR', () => {
    show();
    const targets = [
      screen.getByRole('group', { name: 'Temporary Access Pass' }),
      screen.getByRole('list'),
      screen.getByRole('img', { name: 'QR code of the pass' }),
    ];
    for (const target of targets) {
      for (const type of ['copy', 'cut', 'dragStart', 'contextMenu'] as const) {
        expect(refused(type, target), `${type} on ${target.tagName}`).toBe(true);
      }
    }
  });

  it('offers Copy only when the policy allows it', () => {
    show({ copyAllowed: false });
    expect(screen.queryByRole('button', { name: 'Copy' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Hide now' })).toBeDefined();
  });
});

describe('HandoffScreen: honest capture protection', () => {
  it('says nothing when the window is protected', () => {
    show({ captureProtection: 'on', contentProtected: true });
    expect(screen.queryByText(/screenshots and screen shares/)).toBeNull();
  });

  it('warns where the computer cannot protect the window (Linux)', () => {
    show({ captureProtection: 'unavailable', contentProtected: false });
    expect(screen.getByText(/This computer cannot keep the pass out of screenshots/)).toBeDefined();
  });

  it('warns when the organisation allows capture', () => {
    show({ captureProtection: 'allowed-by-policy', contentProtected: false });
    expect(screen.getByText(/Screen capture is allowed by your organisation/)).toBeDefined();
  });
});
