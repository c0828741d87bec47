import { useEffect, useRef, type RefObject } from 'react';

/** Ctrl+K (or Cmd+K) from anywhere in the window focuses the given input. */
export function useFocusShortcut(target: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        // After this key press the app may first switch to the page that holds the box.
        window.setTimeout(() => {
          target.current?.focus();
          target.current?.select();
        }, 0);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [target]);
}

/** Ctrl+<key> (or Cmd+<key>) runs `action` while `active`; the latest action is always used. */
export function useShortcut(key: string, active: boolean, action: () => void): void {
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  useEffect(() => {
    if (!active) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === key) {
        event.preventDefault();
        latest.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [key, active]);
}
