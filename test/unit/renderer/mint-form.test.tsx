import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { LifetimeRange, TapPolicy } from '../../../preload/contract';
import { MintForm, type MintRequest } from '../../../renderer/features/mint/mint-form';
import { initialDraft, type MintDraft } from '../../../renderer/features/mint/mint-draft';
import { policy, rangeOf } from './fixtures';
import './render-with-bridge';

function Harness({ p, range, noticeMode, onSubmit }: { p: TapPolicy | null; range?: LifetimeRange; noticeMode?: 'off' | 'offered' | 'required'; onSubmit: (r: MintRequest) => void }) {
  const lifetime = range ?? rangeOf(p);
  const [draft, setDraft] = useState<MintDraft>(() => initialDraft(lifetime));
  return (
    <MintForm
      policy={p}
      lifetime={lifetime}
      {...(noticeMode ? { noticeMode } : {})}
      draft={draft}
      blockedReason={null}
      policyBlocked={false}
      replaces={false}
      busy={false}
      nowMs={Date.now()}
      onDraftChange={setDraft}
      onSubmit={onSubmit}
    />
  );
}

const createButton = () => screen.getByRole('button', { name: 'Create pass' });
const isDisabled = (el: HTMLElement) =>
  el.getAttribute('aria-disabled') === 'true' || (el as HTMLButtonElement).disabled;

describe('MintForm', { timeout: 20_000 }, () => {
  it('offers only presets inside the policy range and starts at the policy default', () => {
    render(<Harness p={policy} onSubmit={() => undefined} />);
    const labels = screen.getAllByRole('radio').map((r) => r.closest('span')?.textContent ?? '');
    expect(labels.join('|')).toMatch(/1 h.*4 h.*8 h.*Custom/);
    expect(labels.join('|')).not.toMatch(/1 day/);
    expect((screen.getByRole('radio', { name: '1 h' }) as HTMLInputElement).checked).toBe(true);
  });

  it('refuses a custom lifetime outside the policy and says why', () => {
    const onSubmit = vi.fn();
    render(<Harness p={policy} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Custom' }));
    const minutes = screen.getByRole('spinbutton', { name: 'Minutes' });
    fireEvent.change(minutes, { target: { value: '481' } });
    expect(isDisabled(createButton())).toBe(true);
    expect(screen.getAllByText(/allows between 1 h and 8 h/).length).toBeGreaterThan(0);
    fireEvent.click(createButton());
    fireEvent.change(minutes, { target: { value: '59' } });
    fireEvent.click(createButton());
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.change(minutes, { target: { value: '90' } });
    expect(isDisabled(createButton())).toBe(false);
    fireEvent.click(createButton());
    expect(onSubmit).toHaveBeenCalledWith({ lifetimeInMinutes: 90, isUsableOnce: true });
  });

  it("offers Entra's default range when the policy is unknown, and only the range Graph named once learned", () => {
    const { unmount } = render(<Harness p={null} onSubmit={() => undefined} />);
    const labels = () => screen.getAllByRole('radio').map((r) => r.closest('span')?.textContent ?? '').join('|');
    expect(labels()).toMatch(/1 h.*4 h.*8 h.*Custom/);
    expect(labels()).not.toMatch(/day/);
    unmount();
    render(<Harness p={null} range={{ min: 120, max: 240, default: 120, source: 'learned' }} onSubmit={() => undefined} />);
    expect(labels()).not.toMatch(/1 h\||8 h/);
    fireEvent.click(screen.getByRole('radio', { name: 'Custom' }));
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Minutes' }), { target: { value: '300' } });
    expect(screen.getAllByText(/Microsoft Graph said this tenant allows between 2 h and 4 h/).length).toBeGreaterThan(0);
  });

  it("offers the user's notice as a choice only where the policy offers it, and sends the choice", () => {
    const onSubmit = vi.fn();
    const { unmount } = render(<Harness p={policy} noticeMode="offered" onSubmit={onSubmit} />);
    const notice = screen.getByRole('checkbox', { name: /send the user a notice/ });
    expect((notice as HTMLInputElement).checked).toBe(false);
    fireEvent.click(notice);
    fireEvent.click(createButton());
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ notify: true }));
    unmount();
    render(<Harness p={policy} noticeMode="required" onSubmit={onSubmit} />);
    expect(screen.queryByRole('checkbox', { name: /send the user a notice/ })).toBeNull();
    expect(screen.getByText(/as your organisation requires/)).toBeTruthy();
  });

  it('locks one-time on when the policy forces it', () => {
    const onSubmit = vi.fn();
    render(<Harness p={{ ...policy, isUsableOnce: true }} onSubmit={onSubmit} />);
    const toggle = screen.getByRole('switch', { name: 'One-time use' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(toggle.disabled).toBe(true);
    expect(screen.getByText(/makes every pass one-time/)).toBeTruthy();
    fireEvent.click(createButton());
    expect(onSubmit).toHaveBeenCalledWith({ lifetimeInMinutes: 60, isUsableOnce: true });
  });

  it('refuses a delayed start in the past', () => {
    const onSubmit = vi.fn();
    render(<Harness p={policy} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('switch', { name: 'Start later' }));
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2020-01-01' } });
    fireEvent.change(screen.getByLabelText('Start time (local)'), { target: { value: '09:00' } });
    expect(screen.getByText(/start is in the past/)).toBeTruthy();
    fireEvent.click(createButton());
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks before replacing an existing pass', () => {
    const onSubmit = vi.fn();
    render(
      <MintForm
        policy={policy}
        lifetime={rangeOf(policy)}
        draft={initialDraft(rangeOf(policy))}
        blockedReason={null}
        policyBlocked={false}
        replaces
        busy={false}
        nowMs={Date.now()}
        onDraftChange={() => undefined}
        onSubmit={onSubmit}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Replace pass' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const dialog = screen.getByRole('alertdialog');
    fireEvent.click(
      Array.from(dialog.querySelectorAll('button')).find(
        (b) => b.textContent === 'Replace pass',
      ) as HTMLElement,
    );
    expect(onSubmit).toHaveBeenCalledWith({ lifetimeInMinutes: 60, isUsableOnce: true });
  });
});
