import { describe, expect, it } from 'vitest';
import { pickCustomerDisplay } from '../../../main/customer-display/pick-display';

const bounds = { x: 0, y: 0, width: 1920, height: 1080 };

describe('pickCustomerDisplay', () => {
  it('is none with one display: the pass stays at the desk', () => {
    expect(pickCustomerDisplay([{ id: 1, bounds }], 1)).toBeNull();
  });

  it('is the display the desk window is not on', () => {
    const displays = [
      { id: 1, bounds },
      { id: 2, bounds: { ...bounds, x: 1920 } },
    ];
    expect(pickCustomerDisplay(displays, 1)?.id).toBe(2);
    expect(pickCustomerDisplay(displays, 2)?.id).toBe(1);
  });

  it('is the first other display, in the order the OS lists them, with three', () => {
    const displays = [1, 2, 3].map((id) => ({ id, bounds }));
    expect(pickCustomerDisplay(displays, 2)?.id).toBe(1);
  });
});
