/** Renders renderer code with a fake bridge, the way the app provides the real one. */
import { cleanup, render, renderHook, type RenderHookOptions } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { ReactElement, ReactNode } from 'react';
import type { Bridge } from '../../../preload/contract';
import { BridgeContext } from '../../../renderer/bridge';

// jsdom has no matchMedia; Fluent's motion hooks ask for prefers-reduced-motion.
if (typeof window.matchMedia !== 'function') {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself for reflow.
if (typeof window.ResizeObserver !== 'function') {
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

const wrapperFor = (bridge: Bridge) =>
  function Wrapper({ children }: { children: ReactNode }) {
    return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
  };

/** `render` inside a BridgeContext. */
export function renderWithBridge(ui: ReactElement, bridge: Bridge) {
  return render(ui, { wrapper: wrapperFor(bridge) });
}

/** `renderHook` inside a BridgeContext. */
export function renderHookWithBridge<R, P>(
  hook: (props: P) => R,
  bridge: Bridge,
  options?: RenderHookOptions<P>,
) {
  return renderHook(hook, { ...options, wrapper: wrapperFor(bridge) });
}
