import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { DemoTechnician } from '../../../preload/contract';
import { TechnicianPicker } from '../../../renderer/features/sign-in/technician-picker';
import './render-with-bridge';

const technician = (name: string, roles: string[] = []): DemoTechnician => ({
  upn: `${name.toLowerCase().replace(' ', '.')}@contoso.example`,
  displayName: name,
  roles,
  description: `${name} at the desk.`,
});
const team = [
  technician('Priya Natarajan', ['Privileged Authentication Administrator']),
  technician('Tom Becker', ['Authentication Administrator']),
  technician('Grace Liu', ['Global Reader']),
  technician('Sam Okafor'),
];

function Picker() {
  const [value, setValue] = useState(team[0]!.upn);
  return <TechnicianPicker technicians={team} value={value} onChange={setValue} />;
}

const picker = () => screen.getByRole('combobox', { name: 'Sign in as' });
const key = (k: string, init: Partial<KeyboardEventInit> = {}) =>
  fireEvent.keyDown(picker(), { key: k, ...init });
const activeOption = () => {
  const id = picker().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.textContent : null;
};

describe('TechnicianPicker, keyboard as in Fluent’s Dropdown', () => {
  it('names the combobox and its listbox after the label, and describes it with the hint', () => {
    render(<Picker />);
    expect(picker().textContent).toContain(
      'Priya Natarajan · Privileged Authentication Administrator',
    );
    expect(picker().getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Priya Natarajan at the desk.').id).toBe(
      picker().getAttribute('aria-describedby'),
    );
    key('ArrowDown');
    expect(screen.getByRole('listbox', { name: 'Sign in as' })).toBeTruthy();
    expect(screen.getAllByRole('option')).toHaveLength(4);
    expect(screen.getByRole('option', { selected: true }).textContent).toContain('Priya');
  });

  it('opens on the selected option, moves without wrapping, and picks with Enter', () => {
    render(<Picker />);
    key('Enter');
    expect(picker().getAttribute('aria-expanded')).toBe('true');
    expect(activeOption()).toContain('Priya');
    key('ArrowUp');
    expect(activeOption()).toContain('Priya');
    key('End');
    key('ArrowDown');
    expect(activeOption()).toContain('Sam');
    key('ArrowUp');
    key('Enter');
    expect(picker().getAttribute('aria-expanded')).toBe('false');
    expect(picker().textContent).toContain('Grace Liu');
    expect(screen.getByText('Grace Liu at the desk.')).toBeTruthy();
  });

  it('Escape closes without picking; typing jumps to the next match; Tab picks on the way', () => {
    render(<Picker />);
    key(' ');
    key('ArrowDown');
    key('Escape');
    expect(picker().getAttribute('aria-expanded')).toBe('false');
    expect(picker().textContent).toContain('Priya');

    key('ArrowDown');
    key('s');
    expect(activeOption()).toContain('Sam');
    key('Tab');
    expect(picker().textContent).toContain('Sam Okafor');
  });

  it('picks with the pointer and closes', () => {
    render(<Picker />);
    fireEvent.click(picker());
    fireEvent.click(screen.getByRole('option', { name: /Tom Becker/ }));
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(picker().textContent).toContain('Tom Becker');
  });
});
