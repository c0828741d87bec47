import { fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { UserSearch } from '../../../renderer/features/find-user/user-search';
import { alice, bob } from './fixtures';
import './render-with-bridge';

describe('UserSearch', { timeout: 20_000 }, () => {
  it('moves through results with the arrow keys and picks with Enter', () => {
    const onSelect = vi.fn();
    render(
      <UserSearch
        query="a"
        status={{ kind: 'results', query: 'a', users: [alice, bob] }}
        inputRef={createRef()}
        onQueryChange={() => undefined}
        onSearchNow={() => undefined}
        onSelect={onSelect}
      />,
    );
    const box = screen.getByRole('combobox', { name: /find a user/i });
    expect(
      screen.getByRole('option', { name: /alice archer/i }).getAttribute('aria-selected'),
    ).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(screen.getByRole('option', { name: /bob baker/i }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(box.getAttribute('aria-activedescendant')).toBe(
      screen.getByRole('option', { name: /bob baker/i }).id,
    );
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith(bob);
  });

  it('does not pick from the results of an earlier query with Enter: it asks for the new ones now', () => {
    const onSelect = vi.fn();
    const onSearchNow = vi.fn();
    render(
      <UserSearch
        query="bob"
        status={{ kind: 'results', query: 'a', users: [alice] }}
        inputRef={createRef()}
        onQueryChange={() => undefined}
        onSearchNow={onSearchNow}
        onSelect={onSelect}
      />,
    );
    fireEvent.keyDown(screen.getByRole('combobox', { name: /find a user/i }), { key: 'Enter' });
    expect(onSelect).not.toHaveBeenCalled();
    expect(onSearchNow).toHaveBeenCalledOnce();
    expect(screen.getByRole('listbox').getAttribute('aria-busy')).toBe('true');
  });

  it('shows name, UPN, department and tags for each result', () => {
    render(
      <UserSearch
        query="b"
        status={{ kind: 'results', query: 'b', users: [bob] }}
        inputRef={createRef()}
        onQueryChange={() => undefined}
        onSearchNow={() => undefined}
        onSelect={() => undefined}
      />,
    );
    const option = screen.getByRole('option', { name: /bob baker/i });
    expect(option.textContent).toContain('bob@contoso.example');
    expect(option.textContent).toContain('Sales');
    expect(option.textContent).toContain('Guest');
    expect(option.textContent).toContain('Disabled');
  });

  it('explains the empty box and a search with no match', () => {
    const { rerender } = render(
      <UserSearch
        query=""
        status={{ kind: 'empty' }}
        inputRef={createRef()}
        onQueryChange={() => undefined}
        onSearchNow={() => undefined}
        onSelect={() => undefined}
      />,
    );
    expect(screen.getByText('Type a name, UPN, email or employee ID')).toBeTruthy();
    rerender(
      <UserSearch
        query="zz"
        status={{ kind: 'no-match' }}
        inputRef={createRef()}
        onQueryChange={() => undefined}
        onSearchNow={() => undefined}
        onSelect={() => undefined}
      />,
    );
    expect(screen.getByRole('status').textContent).toMatch(/no user matches/i);
  });
});
