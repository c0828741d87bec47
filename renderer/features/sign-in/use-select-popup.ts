/**
 * The behaviour of a select-only combobox (WAI-ARIA APG), key for key as Fluent's Dropdown has
 * it: focus stays on the trigger and `active` is the option it points at (aria-activedescendant).
 * Closed: Enter, Space, Up or Down opens; typing opens. Open: Up/Down, Home/End and Page Up/Down
 * move, typing jumps to the next option starting with the typed text, Enter, Space or Alt+Up
 * picks and closes, Escape closes, Tab picks and moves on.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

type Options = Readonly<{
  /** Each option's text, in order (for typing to jump). */
  texts: readonly string[];
  /** The selected option's index, or -1. */
  selected: number;
  onSelect: (index: number) => void;
}>;

/** How long typed letters add up to one search, as in Fluent. */
const typingPauseMs = 500;

export function useSelectPopup({ texts, selected, onSelect }: Options) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  // Whether the technician is using the keyboard: only then is the active option outlined.
  const [keyboard, setKeyboard] = useState(false);
  const typed = useRef('');
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(typingTimer.current), []);

  const show = (next: boolean): void => {
    setOpen(next);
    // Opening starts at the selected option; closing forgets the active one.
    setActive(next ? Math.max(selected, 0) : null);
  };
  const pick = (index: number | null): void => {
    if (index !== null) onSelect(index);
  };
  const last = texts.length - 1;
  const move = (to: number): void => setActive(Math.min(Math.max(to, 0), last));

  /** The next option whose text starts with what was typed, wrapping round; null if none. */
  const match = (search: string, from: number): number | null => {
    for (let step = 0; step < texts.length; step += 1) {
      const index = (from + step) % texts.length;
      if (texts[index]?.toLocaleLowerCase().startsWith(search)) return index;
    }
    return null;
  };
  const typeAhead = (key: string): void => {
    clearTimeout(typingTimer.current);
    typed.current += key.toLowerCase();
    typingTimer.current = setTimeout(() => (typed.current = ''), typingPauseMs);
    if (!open) {
      show(true);
      return;
    }
    const search = typed.current;
    const current = active ?? 0;
    // A single letter pressed again moves on to the next option starting with it.
    const found =
      match(search, search.length === 1 ? current + 1 : current) ??
      ([...search].every((c) => c === search[0]) ? match(search[0] ?? '', current + 1) : null);
    setActive(found);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    setKeyboard(true);
    const { key, altKey, ctrlKey, metaKey } = e;
    if (key.length === 1 && key !== ' ' && !altKey && !ctrlKey && !metaKey) {
      typeAhead(key);
      return;
    }
    if (!open) {
      if (['ArrowDown', 'ArrowUp', 'Enter', ' '].includes(key)) {
        e.preventDefault();
        show(true);
      }
      return;
    }
    const handled: Record<string, () => void> = {
      Enter: () => closeAndPick(),
      ' ': () => closeAndPick(),
      Escape: () => {
        // Escape closes this popup only, never a dialog around it.
        e.stopPropagation();
        show(false);
      },
      ArrowDown: () => move(active === null ? 0 : active + 1),
      ArrowUp: () => (altKey ? closeAndPick() : move(active === null ? 0 : active - 1)),
      Home: () => move(0),
      End: () => move(last),
      PageDown: () => move((active ?? 0) + 10),
      PageUp: () => move((active ?? 0) - 10),
    };
    if (key === 'Tab') {
      // Tab keeps its meaning (focus moves on, which closes the popup) and picks on the way.
      pick(active);
      return;
    }
    const action = handled[key];
    if (!action) return;
    e.preventDefault();
    action();
  };
  const closeAndPick = (): void => {
    pick(active);
    show(false);
  };

  return {
    open,
    active,
    keyboard,
    onKeyDown,
    /** A pointer click on the trigger toggles the popup. */
    onClick: () => show(!open),
    onPointerDown: () => setKeyboard(false),
    /** Focus leaving the trigger closes the popup (clicks in the list keep focus on it). */
    onBlur: () => show(false),
    onOptionClick: (index: number) => {
      pick(index);
      show(false);
    },
  };
}
