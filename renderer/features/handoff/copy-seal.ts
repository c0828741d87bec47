/**
 * Keeps a hand copy of the pass off the clipboard. Selecting the pass and pressing Ctrl+C (or
 * dragging it out, or a context menu's Copy) would put it there with no clear timer, around the
 * one copy path main controls. So the handoff region refuses copy, cut, drag and the context
 * menu, and its text cannot be selected in the first place (`user-select: none` in the styles).
 */
import type { SyntheticEvent } from 'react';

const refuse = (event: SyntheticEvent) => event.preventDefault();

/** Spread onto the handoff region's root element. */
export const copySealHandlers = {
  onCopy: refuse,
  onCut: refuse,
  onDragStart: refuse,
  onContextMenu: refuse,
} as const;

/** Spread into the region's makeStyles rule: text that cannot be selected cannot be copied. */
export const sealedStyle = { userSelect: 'none', WebkitUserSelect: 'none' } as const;
