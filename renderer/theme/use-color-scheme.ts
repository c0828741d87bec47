import { useSyncExternalStore } from 'react';

const query = '(prefers-color-scheme: dark)';

function media(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
}

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** True while the OS asks for a dark colour scheme; follows changes live. */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribe, () => media()?.matches ?? false);
}
