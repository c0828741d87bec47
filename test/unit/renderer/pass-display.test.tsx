import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PassDisplay } from '../../../renderer/features/handoff/pass-display';
import './render-with-bridge';

describe('PassDisplay', () => {
  it('holds exactly the pass as text: the captions are CSS, not DOM text', () => {
    const pass = 'Ab3#kL0OxIl1+Pq=';
    render(<PassDisplay pass={pass} />);
    const region = screen.getByRole('group', { name: 'Temporary Access Pass' });
    expect(region.textContent).toBe(pass);
  });

  it('draws one element per group of four, four groups to a row', () => {
    const pass = 'ABCDEFGHIJKLMNOPQRSTUVWXY';
    render(<PassDisplay pass={pass} />);
    const region = screen.getByRole('group', { name: 'Temporary Access Pass' });
    const rows = Array.from(region.querySelectorAll(':scope > div > div'));
    expect(rows.map((row) => Array.from(row.children).map((g) => g.textContent))).toEqual([
      ['ABCD', 'EFGH', 'IJKL', 'MNOP'],
      ['QRST', 'UVWX', 'Y'],
    ]);
  });

  it('marks look-alike characters with a caption hint', () => {
    render(<PassDisplay pass="0Ol1" />);
    const cells = Array.from(
      screen.getByRole('group', { name: 'Temporary Access Pass' }).querySelectorAll('[data-hint]'),
    );
    expect(cells.map((c) => c.getAttribute('data-hint'))).toEqual([
      'zero',
      'cap O',
      'small L',
      'one',
    ]);
  });
});
