/**
 * The harness's stand-in for the preload: the same `invoke`/`on` shape as `window.tapDesk`,
 * over loopback HTTP and server-sent events. Served as a same-origin script so the production
 * CSP (script-src 'self') still applies; it never ships in the app. It holds no secret: the
 * per-run token comes from the page URL's fragment (`#harness=…`), which no request carries.
 */

/** Where the page loads the shim from. */
export const shimPath = '/__harness/shim.js';
/** The fragment parameter that carries the token. */
export const tokenFragment = 'harness';

export function shimSource(): string {
  return `(() => {
  'use strict';
  const token = new URLSearchParams(location.hash.slice(1)).get(${JSON.stringify(tokenFragment)}) ?? '';
  const listeners = new Map();
  const source = new EventSource('/__harness/events?token=' + encodeURIComponent(token));
  source.onmessage = (message) => {
    const { event, payload } = JSON.parse(message.data);
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  const bridge = {
    async invoke(command, args) {
      const response = await fetch('/__harness/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-harness-token': token },
        body: JSON.stringify({ command, args }),
      });
      return response.json();
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  Object.defineProperty(window, 'tapDesk', { value: Object.freeze(bridge), enumerable: true });
})();
`;
}

/** Where the customer page loads its shim from. */
export const customerShimPath = '/__harness/customer-shim.js';

/**
 * The customer page's stand-in for the preload: `on` over the customer stream only, and an
 * `invoke` that refuses everything, as main/shell/ipc.ts refuses every command from a window that is
 * not the technician's.
 */
export function customerShimSource(): string {
  return `(() => {
  'use strict';
  const token = new URLSearchParams(location.hash.slice(1)).get(${JSON.stringify(tokenFragment)}) ?? '';
  const listeners = new Map();
  const source = new EventSource('/__harness/customer-events?token=' + encodeURIComponent(token));
  source.onmessage = (message) => {
    const { event, payload } = JSON.parse(message.data);
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  const bridge = {
    async invoke() {
      return { ok: false, error: { code: 'forbidden', message: 'This request did not come from the TAP Desk window.' } };
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
  Object.defineProperty(window, 'tapDesk', { value: Object.freeze(bridge), enumerable: true });
})();
`;
}
