import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IssuePage } from '../../../renderer/features/issue/issue-page';
import { createFakeBridge, ok, type FakeBridge } from './fake-bridge';
import { alice, canaryPass, card, handoff, verification } from './fixtures';
import { renderWithBridge } from './render-with-bridge';

function fakeDesk(): FakeBridge {
  const fake: FakeBridge = createFakeBridge({
    'users.search': ({ query }) => ok({ query, users: [alice] }),
    'users.card': () => ok(card()),
    'users.cancel': () => ok(null),
    'tap.mint': () => ok({ kind: 'minted', handoff: handoff() }),
    'tap.revoke': () => ok({ revoked: true }),
    // As main does: the clipboard's state is announced before the reply.
    'handoff.copy': () => {
      const clearsAt = new Date(Date.now() + 25_000).toISOString();
      fake.emit('clipboard.changed', { state: 'holding', clearsAt });
      return ok({ clearsAt });
    },
    'handoff.close': () => ok(null),
  });
  return fake;
}

/** Search, select, verify and mint: ends on the handoff screen. */
async function mintForAlice(fake: FakeBridge) {
  renderWithBridge(<IssuePage verification={verification} visible />, fake.bridge);
  fireEvent.change(screen.getByRole('combobox', { name: /find a user/i }), {
    target: { value: 'ali' },
  });
  fireEvent.click(await screen.findByRole('option', { name: /alice archer/i }, { timeout: 5000 }));
  fireEvent.click(
    await screen.findByRole('checkbox', { name: 'Photo ID checked against the person' }),
  );
  fireEvent.click(screen.getByRole('checkbox', { name: 'Matches employee record' }));
  fireEvent.change(screen.getByRole('combobox', { name: /verification method/i }), {
    target: { value: 'In person' },
  });
  fireEvent.change(screen.getByRole('textbox', { name: /ticket reference/i }), {
    target: { value: 'INC000042' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Create pass' }));
  return screen.findByRole('group', { name: 'Temporary Access Pass' });
}

// jsdom renders Fluent slowly on a shared machine; these walk the whole flow.
describe('IssuePage handoff', { timeout: 30_000 }, () => {
  it('shows the pass once and drops it from the DOM when main hides it', async () => {
    const fake = fakeDesk();
    const pass = await mintForAlice(fake);
    expect(pass.textContent).toBe(canaryPass);
    expect(fake.callsOf('tap.mint')[0]).toMatchObject({
      user: alice.id,
      lifetimeInMinutes: 60,
      isUsableOnce: true,
      replace: false,
      verification: {
        tier: 'standard',
        checked: ['photo-id', 'employee-record'],
        method: 'In person',
        ticket: 'INC000042',
      },
    });
    expect(screen.getByRole('img', { name: 'QR code of the pass' })).toBeTruthy();
    expect(screen.getByText(/Go to https:\/\/aka.ms\/mysecurityinfo/)).toBeTruthy();

    await act(async () =>
      fake.emit('handoff.hidden', { handoffId: handoff().handoffId, reason: 'timeout' }),
    );
    expect(
      await screen.findByText(/left the screen before it was marked as handed over/),
    ).toBeTruthy();
    expect(document.body.textContent).not.toContain(canaryPass);
    expect(document.body.innerHTML).not.toContain(canaryPass);
    expect(screen.queryByRole('img', { name: 'QR code of the pass' })).toBeNull();
    expect(screen.queryByRole('button', { name: /reveal/i })).toBeNull();
  });

  it('hides on window blur and tells main why', async () => {
    const fake = fakeDesk();
    await mintForAlice(fake);
    await act(async () => window.dispatchEvent(new Event('blur')));
    expect(fake.callsOf('handoff.close')).toEqual([
      { handoffId: handoff().handoffId, reason: 'blur' },
    ]);
    expect(document.body.textContent).not.toContain(canaryPass);
  });

  it('counts the clipboard down and reports when something else was copied', async () => {
    const fake = fakeDesk();
    await mintForAlice(fake);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText(/Clipboard clears in 2\d s/)).toBeTruthy();
    await act(async () => fake.emit('clipboard.changed', { state: 'replaced-by-other' }));
    expect(screen.getByText('Something else was copied; left as is')).toBeTruthy();
  });

  it('after "Handed over" offers to revoke a multi-use pass, with confirmation', async () => {
    const fake = fakeDesk();
    await mintForAlice(fake);
    fireEvent.click(screen.getByRole('button', { name: 'Handed over' }));
    expect(fake.callsOf('handoff.close')).toEqual([
      { handoffId: handoff().handoffId, reason: 'handed-over' },
    ]);
    expect(document.body.textContent).not.toContain(canaryPass);
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke when done' }));
    const dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke pass' }));
    expect(await screen.findByText('The pass was revoked.')).toBeTruthy();
    // The handoff's own user (its UPN), not the selection, with the ticket the pass was minted on.
    expect(fake.callsOf('tap.revoke')).toEqual([
      { user: handoff().userPrincipalName, tapId: 'tap-1', ticket: 'INC000042' },
    ]);
  });

  it('tells the truth when the mint reply was lost', async () => {
    const lost = createFakeBridge({
      'users.search': ({ query }) => ok({ query, users: [alice] }),
      'users.card': () => ok(card()),
      'tap.mint': () =>
        ok({ kind: 'unknown', tapNow: handoff().tap, message: 'Graph did not answer in time.' }),
    });
    renderWithBridge(<IssuePage verification={verification} visible />, lost.bridge);
    fireEvent.change(screen.getByRole('combobox', { name: /find a user/i }), {
      target: { value: 'ali' },
    });
    fireEvent.click(
      await screen.findByRole('option', { name: /alice archer/i }, { timeout: 5000 }),
    );
    fireEvent.click(
      await screen.findByRole('checkbox', { name: 'Photo ID checked against the person' }),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Matches employee record' }));
    fireEvent.change(screen.getByRole('combobox', { name: /verification method/i }), {
      target: { value: 'In person' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /ticket reference/i }), {
      target: { value: 'INC000042' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create pass' }));
    const alert = (await screen.findByText('The reply was lost.')).closest('[role="alert"]');
    if (!(alert instanceof HTMLElement)) throw new Error('no alert');
    // Main's read-back says what happened; a pass exists, so the next step is to replace it.
    expect(within(alert).getByText('Graph did not answer in time.')).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Replace pass' })).toBeTruthy();
  });
});
