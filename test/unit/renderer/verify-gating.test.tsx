import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { UserCard } from '../../../preload/contract';
import { UserWorkspace } from '../../../renderer/features/issue/user-workspace';
import { initialDraft, type MintDraft } from '../../../renderer/features/mint/mint-draft';
import {
  emptyDraft,
  ticketMatches,
  type VerificationDraft,
} from '../../../renderer/features/verify/verification';
import { card, policy, rangeOf, verification } from './fixtures';
import './render-with-bridge';

function Harness({ c, onMint }: { c: UserCard; onMint: () => void }) {
  const [verify, setVerify] = useState<VerificationDraft>(emptyDraft);
  const [mint, setMint] = useState<MintDraft>(() => initialDraft(rangeOf(policy)));
  return (
    <UserWorkspace
      cardState={{ kind: 'ready', card: c }}
      verification={verification}
      verifyDraft={verify}
      mintDraft={mint}
      minting={false}
      mintError={null}
      onVerifyChange={setVerify}
      onMintDraftChange={setMint}
      onMint={onMint}
      onRevoke={() => Promise.resolve(null)}
    />
  );
}

const button = () => screen.getByRole('button', { name: 'Create pass' });
const disabled = () => button().getAttribute('aria-disabled') === 'true';

describe('identity check gates the mint button', { timeout: 20_000 }, () => {
  it('enables Create pass only when every check is ticked, a method chosen and the ticket matches', () => {
    const onMint = vi.fn();
    render(<Harness c={card()} onMint={onMint} />);
    expect(disabled()).toBe(true);
    expect(screen.getByText(/Tick every identity check \(2 left\)/)).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Photo ID checked against the person' }));
    expect(screen.getByText(/\(1 left\)/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Matches employee record' }));
    expect(disabled()).toBe(true);
    fireEvent.change(screen.getByRole('combobox', { name: /verification method/i }), {
      target: { value: 'In person' },
    });
    expect(disabled()).toBe(true);

    const ticket = screen.getByRole('textbox', { name: /ticket reference/i });
    fireEvent.change(ticket, { target: { value: 'REQ-1' } });
    expect(screen.getByText(/Does not look like a ticket reference/)).toBeTruthy();
    fireEvent.click(button());
    expect(onMint).not.toHaveBeenCalled();

    fireEvent.change(ticket, { target: { value: 'INC012345' } });
    expect(disabled()).toBe(false);
    fireEvent.click(button());
    expect(onMint).toHaveBeenCalledTimes(1);
  });

  it('shows the privileged checklist and banner for a privileged user', () => {
    render(<Harness c={card({ tier: 'privileged' })} onMint={() => undefined} />);
    expect(screen.getByText('Privileged user')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Second technician present' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Matches employee record' })).toBeNull();
  });

  it('disables the whole form with the reason when the policy check blocks', () => {
    const blocked = card({
      blocks: [
        {
          code: 'guest-user',
          message: 'External guests cannot get a pass.',
          hint: 'Ask the home tenant.',
        },
      ],
    });
    render(<Harness c={blocked} onMint={() => undefined} />);
    expect(screen.getAllByText('External guests cannot get a pass.').length).toBeGreaterThan(0);
    expect(screen.getByText(/Blocked: External guests/)).toBeTruthy();
    expect(disabled()).toBe(true);
    expect(
      screen
        .getByRole('checkbox', { name: 'Photo ID checked against the person' })
        .matches(':disabled'),
    ).toBe(true);
  });
});

describe('ticketMatches', () => {
  it('requires the whole reference to match the configured pattern', () => {
    expect(ticketMatches('INC\\d{6}', 'INC012345')).toBe(true);
    expect(ticketMatches('INC\\d{6}', 'INC012345 extra')).toBe(false);
    expect(ticketMatches('INC\\d{6}', 'xINC012345')).toBe(false);
    expect(ticketMatches('INC\\d{6}', '')).toBe(false);
    expect(ticketMatches('(', 'anything')).toBe(false);
  });
});
