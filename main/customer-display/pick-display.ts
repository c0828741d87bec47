/**
 * Which display faces the customer: any display other than the one the technician's window is
 * on. With one display there is none, and the pass stays at the desk (saying so).
 */
export interface DisplayLike {
  readonly id: number;
  readonly bounds: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/** The first display that is not the desk's, in the order the OS lists them; null if none. */
export function pickCustomerDisplay<D extends DisplayLike>(
  displays: readonly D[],
  deskDisplayId: number,
): D | null {
  return displays.find((display) => display.id !== deskDisplayId) ?? null;
}
