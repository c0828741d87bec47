import type { DeskHandoff, Handoff } from '../../preload/contract';

/**
 * The handoff as shown at the desk, or a failed test: tests that read the pass from a mint's
 * reply run without a customer display, so the pass must be in the reply.
 */
export function atDesk(handoff: Handoff): DeskHandoff {
  if (handoff.shownOn !== 'this-screen') throw new Error('expected the pass at the desk, not on the customer display');
  return handoff;
}
