/**
 * The one contract between the renderer and main. Every command's argument schema and result
 * type, every event's payload, and the closed set of error codes live under `contract/`; main's
 * handler map, the preload bridge and the renderer's `window.tapDesk` type are all derived from it.
 *
 * Imports zod only: it is bundled into main and the renderer, never into the sandboxed preload
 * (which imports types only). Modules the renderer imports for values (views, limits, audit
 * actions) are zod-free.
 */
export * from './contract/errors';
export * from './contract/views';
export * from './contract/limits';
export * from './contract/audit-actions';
export * from './contract/commands';
export * from './contract/events';
export * from './contract/customer-display';
