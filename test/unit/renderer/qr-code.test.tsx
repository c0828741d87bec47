import { render } from '@testing-library/react';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QrCode } from '../../../renderer/features/handoff/qr-code';
import './render-with-bridge';

/** Rebuilds the module matrix from the SVG's dark rectangles (quiet zone of 4 removed). */
function matrixFromSvg(svg: SVGSVGElement, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const rect of Array.from(svg.querySelectorAll('rect')).filter(
    (r) => r.getAttribute('fill') === '#000000',
  )) {
    const x = Number(rect.getAttribute('x')) - 4;
    const y = Number(rect.getAttribute('y')) - 4;
    for (let i = 0; i < Number(rect.getAttribute('width')); i++) {
      const row = grid[y];
      if (row) row[x + i] = true;
    }
  }
  return grid;
}

describe('QrCode', () => {
  it.each(['Ab3#kL0O', 'x'.repeat(48), 'p@ss W0rd-with-Symbols!*'])(
    'draws exactly the QR modules of %s as SVG rects',
    (value) => {
      const { container } = render(<QrCode value={value} label="QR" />);
      const svg = container.querySelector('svg');
      expect(svg).not.toBeNull();
      const { modules } = QRCode.create(value, { errorCorrectionLevel: 'M' });
      const expected = Array.from({ length: modules.size }, (_, y) =>
        Array.from(
          { length: modules.size },
          (_, x) => modules.get(y, x) === 1 || (modules.get(y, x) as unknown) === true,
        ),
      );
      expect(svg?.getAttribute('viewBox')).toBe(
        `0 0 ${String(modules.size + 8)} ${String(modules.size + 8)}`,
      );
      expect(matrixFromSvg(svg as SVGSVGElement, modules.size)).toEqual(expected);
      // Rendered as elements, never as an image URL.
      expect(container.innerHTML).not.toMatch(/data:|<image/);
    },
  );
});
